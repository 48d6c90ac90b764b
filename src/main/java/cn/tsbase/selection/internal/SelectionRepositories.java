package cn.tsbase.selection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

	Optional<Candidate> findByDeclarationId(Long declarationId);

	boolean existsByDeclarationId(Long declarationId);

	/** Counts by district, base type and status for the year: the overview, in one query. */
	@Query("""
			select c.districtCode as district, c.baseType as baseType, c.status as status, count(c) as count
			from Candidate c where c.callYear = :year group by c.districtCode, c.baseType, c.status
			""")
	List<CandidateCount> countByDistrict(@Param("year") int year);

	/** Credit codes recommended more than once in the year (e.g. by two districts). */
	@Query("select c.uscc from Candidate c where c.callYear = :year group by c.uscc having count(c) > 1")
	List<String> duplicateCodes(@Param("year") int year);

	@Query("select distinct c.callYear from Candidate c order by c.callYear desc")
	List<Integer> years();

	List<Candidate> findByCallYearAndStatusOrderByBaseTypeAscUnitNameAscIdAsc(int year, cn.tsbase.selection.CandidateStatus status);

	List<Candidate> findByIdIn(Collection<Long> ids);

	List<Candidate> findByDeclarationIdIn(Collection<Long> declarationIds);
}

interface CandidateCount {

	String getDistrict();

	cn.tsbase.declaration.BaseType getBaseType();

	cn.tsbase.selection.CandidateStatus getStatus();

	long getCount();
}

interface PreReviewItemRepository extends JpaRepository<PreReviewItem, Long> {

	List<PreReviewItem> findByActiveTrueOrderByPosition();

	List<PreReviewItem> findAllByOrderByPosition();
}

interface PreReviewResultRepository extends JpaRepository<PreReviewResult, PreReviewResult.Key> {

	List<PreReviewResult> findByCandidateId(Long candidateId);
}

interface ExpertRepository extends JpaRepository<Expert, Long>, JpaSpecificationExecutor<Expert> {

	List<Expert> findByIdIn(Collection<Long> ids);

	Optional<Expert> findByAccountId(Long accountId);

	List<Expert> findByAvailableTrueOrderByNameAscIdAsc();
}
