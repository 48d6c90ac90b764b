package cn.tsbase.guidance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CultivationEntryRepository extends JpaRepository<CultivationEntry, Long> {

	String FILTER = "(:all = true or e.districtCode = :district) and (:query = '' or e.uscc = :query"
			+ " or e.unitName like :pattern escape '\\')";

	@Query(value = "select e from CultivationEntry e left join fetch e.officer where " + FILTER,
			countQuery = "select count(e) from CultivationEntry e where " + FILTER)
	Page<CultivationEntry> inScope(@Param("all") boolean all, @Param("district") String district,
			@Param("query") String query, @Param("pattern") String pattern, Pageable pageable);

	Optional<CultivationEntry> findByIdAndDistrictCode(Long id, String districtCode);

	boolean existsByDistrictCodeAndUscc(String districtCode, String uscc);

	List<CultivationEntry> findByUscc(String uscc);

	List<CultivationEntry> findByUnitId(Long unitId);

	List<CultivationEntry> findByDistrictCodeAndUnitIdIsNotNullAndAppliedCallIdIsNull(String districtCode);

	/** Guidance visits per unit: unit id, visits. */
	@Query("select v.unitId, count(v) from GuidanceVisit v where v.unitId in :unitIds group by v.unitId")
	List<Object[]> visitsOf(@Param("unitIds") Collection<Long> unitIds);
}
