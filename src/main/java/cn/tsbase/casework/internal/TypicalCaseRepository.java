package cn.tsbase.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.tsbase.casework.CaseStatus;

/** Typical cases; private versions are only reached through a scoped specification, published ones by status. */
interface TypicalCaseRepository extends JpaRepository<TypicalCase, Long>, JpaSpecificationExecutor<TypicalCase> {

	Optional<TypicalCase> findByIdAndStatus(Long id, CaseStatus status);

	List<TypicalCase> findTop100ByAuthorKindAndAuthorUnitIdAndStatusNotOrderByIdDesc(CaseAuthor authorKind,
			Long authorUnitId, CaseStatus status);

	@Query("select distinct c.year from TypicalCase c where c.status = cn.tsbase.casework.CaseStatus.PUBLISHED "
			+ "order by c.year desc")
	List<Integer> publishedYears();

	/** Published cases for the figures: id, district, year, tags and title (public columns only). */
	@Query("select new cn.tsbase.casework.internal.PublicCase$Row(c.id, c.publicTitle, c.districtCode, c.year, "
			+ "c.secretKind, c.industryCode, c.infringementForm, c.publishedAt, '') from TypicalCase c "
			+ "where c.status = cn.tsbase.casework.CaseStatus.PUBLISHED and c.year = ?1 order by c.publishedAt")
	List<PublicCase.Row> publishedOfYear(int year);
}
