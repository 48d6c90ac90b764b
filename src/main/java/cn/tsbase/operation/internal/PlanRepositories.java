package cn.tsbase.operation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AnnualPlanFilingRepository extends JpaRepository<AnnualPlanFiling, Long> {

	Optional<AnnualPlanFiling> findByDistrictCodeAndYear(String districtCode, int year);

	Page<AnnualPlanFiling> findByDistrictCode(String districtCode, Pageable pageable);

	List<AnnualPlanFiling> findByDeadlineBetween(java.time.LocalDate from, java.time.LocalDate until);
}

interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long> {

	Optional<AnnualPlan> findByBaseIdAndYear(Long baseId, int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AnnualPlan p where p.baseId = ?1 and p.year = ?2")
	Optional<AnnualPlan> lockByBaseIdAndYear(Long baseId, int year);

	List<AnnualPlan> findByBaseIdOrderByYearDesc(Long baseId);

	/** Planned activities per base of the year: base id, count, expected reach (one query). */
	@Query("select a.baseId, count(r), sum(r.expectedReach) from AnnualPlan a join a.activities r "
			+ "where a.baseId in ?1 and a.year = ?2 group by a.baseId")
	List<Object[]> planned(java.util.Collection<Long> baseIds, int year);

	/** The plan status of each base that has a plan of the year: base id, status (one query). */
	@Query("select a.baseId, a.status from AnnualPlan a where a.baseId in ?1 and a.year = ?2")
	List<Object[]> statuses(java.util.Collection<Long> baseIds, int year);
}

interface AnnualPlanVersionRepository extends JpaRepository<AnnualPlanVersion, Long> {

	List<AnnualPlanVersion> findByPlanIdOrderByNumberDesc(Long planId);

	Optional<AnnualPlanVersion> findByPlanIdAndNumber(Long planId, int number);
}
