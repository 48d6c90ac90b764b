package cn.tsbase.guidance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	String IN_SCOPE = "(:#{#scope.all()} = true or f.districtCode = :#{#scope.district()} or f.unitId = :#{#scope.unit()}"
			+ " or f.unitId in (select a.unitId from GuidanceAssignment a where a.officer.id = :#{#scope.officer()}"
			+ " and a.validTo is null))";

	String FILTER = "(:openOnly = false or f.status <> cn.tsbase.guidance.internal.FollowUpStatus.CLOSED)"
			+ " and (:overdueOnly = false or (f.status <> cn.tsbase.guidance.internal.FollowUpStatus.CLOSED"
			+ " and f.dueOn < :today))";

	List<FollowUp> findByVisitIdOrderById(Long visitId);

	@Query("select f from FollowUp f where " + FILTER + " and " + IN_SCOPE)
	Page<FollowUp> inScope(@Param("scope") GuidanceScope scope, @Param("openOnly") boolean openOnly,
			@Param("overdueOnly") boolean overdueOnly, @Param("today") LocalDate today, Pageable pageable);

	@Query("select f from FollowUp f where f.id = :id and " + IN_SCOPE)
	Optional<FollowUp> find(@Param("id") long id, @Param("scope") GuidanceScope scope);

	/** The follow-ups of the visits of a base (or unit) in a year, by status: status, count. */
	@Query("select f.status, count(f) from FollowUp f, GuidanceVisit v where f.visitId = v.id and v.year = :year"
			+ " and (v.baseId = :baseId or v.unitId = :unitId) group by f.status")
	List<Object[]> summary(@Param("baseId") long baseId, @Param("unitId") long unitId, @Param("year") int year);

	/**
	 * The follow-ups of the visits of those bases in a year, per base and status, with those overdue today: base id,
	 * status, count, overdue.
	 */
	@Query("select v.baseId, f.status, count(f), sum(case when f.status <> cn.tsbase.guidance.internal.FollowUpStatus.CLOSED"
			+ " and f.dueOn < :today then 1 else 0 end) from FollowUp f, GuidanceVisit v"
			+ " where f.visitId = v.id and v.year = :year and v.baseId in :baseIds group by v.baseId, f.status")
	List<Object[]> summaryByBase(@Param("baseIds") Collection<Long> baseIds, @Param("year") int year,
			@Param("today") LocalDate today);

	/** How many of those are overdue today (not closed, due before today). */
	@Query("select count(f) from FollowUp f, GuidanceVisit v where f.visitId = v.id and v.year = :year"
			+ " and (v.baseId = :baseId or v.unitId = :unitId)"
			+ " and f.status <> cn.tsbase.guidance.internal.FollowUpStatus.CLOSED and f.dueOn < :today")
	long overdue(@Param("baseId") long baseId, @Param("unitId") long unitId, @Param("year") int year,
			@Param("today") LocalDate today);
}
