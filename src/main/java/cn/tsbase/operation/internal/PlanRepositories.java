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
}

interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long> {

	Optional<AnnualPlan> findByBaseIdAndYear(Long baseId, int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AnnualPlan p where p.baseId = ?1 and p.year = ?2")
	Optional<AnnualPlan> lockByBaseIdAndYear(Long baseId, int year);

	List<AnnualPlan> findByBaseIdOrderByYearDesc(Long baseId);
}

interface AnnualPlanVersionRepository extends JpaRepository<AnnualPlanVersion, Long> {

	List<AnnualPlanVersion> findByPlanIdOrderByNumberDesc(Long planId);

	Optional<AnnualPlanVersion> findByPlanIdAndNumber(Long planId, int number);
}
