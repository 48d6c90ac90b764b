package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import cn.tsbase.shared.security.DataScope;

interface LiaisonScheduleRepository extends JpaRepository<LiaisonSchedule, Long> {

	Optional<LiaisonSchedule> findByDistrictCode(String districtCode);

	List<LiaisonSchedule> findByDistrictCodeIn(Collection<String> districtCodes);
}

interface LiaisonReportRepository extends JpaRepository<LiaisonReport, Long> {

	Optional<LiaisonReport> findByBaseIdAndPeriodStart(Long baseId, LocalDate periodStart);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from LiaisonReport r where r.baseId = ?1 and r.periodStart = ?2")
	Optional<LiaisonReport> lockByBaseIdAndPeriodStart(Long baseId, LocalDate periodStart);

	List<LiaisonReport> findByBaseIdAndPeriodStartBetweenOrderByPeriodStart(Long baseId, LocalDate from,
			LocalDate until);

	@Query("select r from LiaisonReport r where (?1 is null or r.districtCode = ?1) and (?2 is null or r.unitId = ?2) "
			+ "and r.periodStart >= ?3 and r.periodStart <= ?4 and (?5 is null or r.status = ?5)")
	Page<LiaisonReport> search(String districtCode, Long unitId, LocalDate from, LocalDate until,
			LiaisonReport.Status status, Pageable pageable);

	/** Reports of the bases in the period range: base id, period start, first submitted on, late (one query). */
	@Query("select r.baseId, r.periodStart, r.firstSubmittedOn, r.late from LiaisonReport r "
			+ "where r.baseId in ?1 and r.periodStart >= ?2 and r.periodStart <= ?3")
	List<Object[]> filings(Collection<Long> baseIds, LocalDate from, LocalDate until);

	default Page<LiaisonReport> searchInScope(DataScope scope, LocalDate from, LocalDate until,
			LiaisonReport.Status status, Pageable pageable) {
		return switch (scope.kind()) {
			case ALL -> search(null, null, from, until, status, pageable);
			case DISTRICT -> search(scope.districtCode(), null, from, until, status, pageable);
			case UNIT -> search(null, scope.unitId(), from, until, status, pageable);
			case NONE -> Page.empty(pageable);
		};
	}
}

interface LiaisonProblemRepository extends JpaRepository<LiaisonProblem, Long> {

	List<LiaisonProblem> findByReportIdOrderById(Long reportId);

	Optional<LiaisonProblem> findByIdAndDistrictCode(Long id, String districtCode);

	@Query("select p from LiaisonProblem p where (?1 is null or p.districtCode = ?1) and (?2 is null or p.unitId = ?2) "
			+ "and p.status in ?3")
	Page<LiaisonProblem> search(String districtCode, Long unitId, Collection<LiaisonProblem.Status> statuses,
			Pageable pageable);

	/** Open problems per base: base id, count (one query). */
	@Query("select p.baseId, count(p) from LiaisonProblem p where p.baseId in ?1 and p.status in ?2 group by p.baseId")
	List<Object[]> countByBase(Collection<Long> baseIds, Collection<LiaisonProblem.Status> statuses);

	List<LiaisonProblem> findByBaseIdAndStatusInOrderByRaisedOn(Long baseId, Collection<LiaisonProblem.Status> statuses);

	default Page<LiaisonProblem> searchInScope(DataScope scope, Collection<LiaisonProblem.Status> statuses,
			Pageable pageable) {
		return switch (scope.kind()) {
			case ALL -> search(null, null, statuses, pageable);
			case DISTRICT -> search(scope.districtCode(), null, statuses, pageable);
			case UNIT -> search(null, scope.unitId(), statuses, pageable);
			case NONE -> Page.empty(pageable);
		};
	}
}
