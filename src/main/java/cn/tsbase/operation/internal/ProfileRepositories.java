package cn.tsbase.operation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.tsbase.shared.security.DataScope;

interface BaseProfileRepository extends JpaRepository<BaseProfile, Long> {

	boolean existsByBaseId(Long baseId);

	Optional<BaseProfile> findByBaseId(Long baseId);

	Optional<BaseProfile> findByBaseIdAndDistrictCode(Long baseId, String districtCode);

	Optional<BaseProfile> findByBaseIdAndUnitId(Long baseId, Long unitId);

	Page<BaseProfile> findByDistrictCode(String districtCode, Pageable pageable);

	Page<BaseProfile> findByUnitId(Long unitId, Pageable pageable);

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
