package cn.tsbase.reporting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Annual summary reports, one per district and year. */
interface SummaryReportRepository extends JpaRepository<SummaryReport, Long>,
		JpaSpecificationExecutor<SummaryReport> {

	Optional<SummaryReport> findByIdAndDistrictCode(Long id, String districtCode);

	Optional<SummaryReport> findByDistrictCodeAndYear(String districtCode, int year);

	/** The year's reports that reached the municipal bureau (submitted at least once), by district. */
	List<SummaryReport> findByYearAndSubmissionsGreaterThanOrderByDistrictCode(int year, int submissions);
}
