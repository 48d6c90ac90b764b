package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.tsbase.shared.security.DataScope;

interface BaseProfileRepository extends JpaRepository<BaseProfile, Long>, JpaSpecificationExecutor<BaseProfile> {

	boolean existsByBaseId(Long baseId);

	Optional<BaseProfile> findByBaseId(Long baseId);

	Optional<BaseProfile> findByBaseIdAndDistrictCode(Long baseId, String districtCode);

	Optional<BaseProfile> findByBaseIdAndUnitId(Long baseId, Long unitId);

	Page<BaseProfile> findByDistrictCode(String districtCode, Pageable pageable);

	Page<BaseProfile> findByUnitId(Long unitId, Pageable pageable);

	List<BaseProfile> findByBaseIdIn(java.util.Collection<Long> baseIds);

	/** The names of the bases (base id, unit name), without reading their profiles. */
	@org.springframework.data.jpa.repository.Query("select p.baseId, p.unitName from BaseProfile p where p.baseId in ?1")
	List<Object[]> namesOf(java.util.Collection<Long> baseIds);

	/** Profiles whose completeness has not been computed yet (opened before it was kept), a batch at a time. */
	List<BaseProfile> findTop200ByIncompleteStandardsIsNullOrderByIdAsc();

	@Query("select distinct p.districtCode from BaseProfile p")
	List<String> districts();

	/** The district's bases opened before the given instant that have not filed the period's report. */
	@Query("select p from BaseProfile p where p.districtCode = ?1 and p.createdAt < ?3 and not exists ("
			+ "select r.id from LiaisonReport r where r.baseId = p.baseId and r.periodStart = ?2 "
			+ "and r.firstSubmittedOn is not null)")
	List<BaseProfile> withoutReport(String districtCode, LocalDate periodStart, Instant openedBefore);

	/** The district's bases whose plan of the year is not with the district or accepted. */
	@Query("select p from BaseProfile p where p.districtCode = ?1 and not exists ("
			+ "select a.id from AnnualPlan a where a.baseId = p.baseId and a.year = ?2 and a.status in ?3)")
	List<BaseProfile> withoutPlan(String districtCode, int year, java.util.Collection<PlanStatus> filed);

	/** The profile of the base, only when it lies inside the scope: the scope is part of the query. */
	default Optional<BaseProfile> findInScope(long baseId, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> findByBaseId(baseId);
			case DISTRICT -> findByBaseIdAndDistrictCode(baseId, scope.districtCode());
			case UNIT -> findByBaseIdAndUnitId(baseId, scope.unitId());
			case NONE -> Optional.empty();
		};
	}

	/** The profiles inside the scope, paged in the database. */
	default Page<BaseProfile> findAllInScope(DataScope scope, Pageable pageable) {
		return switch (scope.kind()) {
			case ALL -> findAll(pageable);
			case DISTRICT -> findByDistrictCode(scope.districtCode(), pageable);
			case UNIT -> findByUnitId(scope.unitId(), pageable);
			case NONE -> Page.empty(pageable);
		};
	}
}

interface ProfileRevisionRepository extends JpaRepository<ProfileRevision, Long> {

	List<ProfileRevision> findTop50ByProfileIdOrderByRevisionDesc(Long profileId);
}
