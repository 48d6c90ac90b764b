package cn.tsbase.guidance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GuidanceVisitRepository extends JpaRepository<GuidanceVisit, Long> {

	String IN_SCOPE = "(:#{#scope.all()} = true or v.districtCode = :#{#scope.district()} or v.unitId = :#{#scope.unit()}"
			+ " or v.unitId in (select a.unitId from GuidanceAssignment a where a.officer.id = :#{#scope.officer()}"
			+ " and a.validTo is null))";

	@Query(value = "select v from GuidanceVisit v join fetch v.officer where (:year = 0 or v.year = :year) and "
			+ IN_SCOPE, countQuery = "select count(v) from GuidanceVisit v where (:year = 0 or v.year = :year) and "
					+ IN_SCOPE)
	Page<GuidanceVisit> inScope(@Param("scope") GuidanceScope scope, @Param("year") int year, Pageable pageable);

	@Query("select v from GuidanceVisit v join fetch v.officer where v.id = :id and " + IN_SCOPE)
	Optional<GuidanceVisit> find(@Param("id") long id, @Param("scope") GuidanceScope scope);

	/** Visits per base and year inside the scope: unit name, base id, year, visits. */
	@Query("select v.unitName, v.baseId, v.year, count(v) from GuidanceVisit v where v.baseId is not null and "
			+ "(:year = 0 or v.year = :year) and " + IN_SCOPE
			+ " group by v.unitName, v.baseId, v.year order by v.year desc, v.unitName")
	List<Object[]> perBaseAndYear(@Param("scope") GuidanceScope scope, @Param("year") int year);

	long countByBaseIdAndYear(Long baseId, int year);

	long countByUnitIdAndYear(Long unitId, int year);

	/** The visits of a year per base, of those bases: base id, count. */
	@Query("select v.baseId, count(v) from GuidanceVisit v where v.year = :year and v.baseId in :baseIds group by v.baseId")
	List<Object[]> countByBase(@Param("baseIds") Collection<Long> baseIds, @Param("year") int year);
}
