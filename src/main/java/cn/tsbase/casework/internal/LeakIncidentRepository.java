package cn.tsbase.casework.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Leak incidents, always looked up within a scope: the unit's own, the district's, or all for the city. */
interface LeakIncidentRepository extends JpaRepository<LeakIncident, Long>, JpaSpecificationExecutor<LeakIncident> {

	Optional<LeakIncident> findByIdAndUnitId(Long id, Long unitId);

	Optional<LeakIncident> findByIdAndDistrictCode(Long id, String districtCode);

	/** An incident of one of the units a guidance officer guides now. */
	Optional<LeakIncident> findByIdAndUnitIdIn(Long id, Collection<Long> unitIds);

	/** The incidents reported in a period, for the figures (no encrypted column is read). */
	@Query("select new cn.tsbase.casework.internal.IncidentFigure(i.id, i.unitId, i.unitName, i.baseId, i.districtCode, "
			+ "i.reportedAt, i.firstContactAt, i.responseMinutes, i.status) from LeakIncident i "
			+ "where i.reportedAt >= ?1 and i.reportedAt < ?2 order by i.reportedAt")
	List<IncidentFigure> figures(Instant from, Instant to);
}
