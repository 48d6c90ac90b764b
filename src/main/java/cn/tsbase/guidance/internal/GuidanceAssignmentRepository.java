package cn.tsbase.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceAssignmentRepository extends JpaRepository<GuidanceAssignment, Long> {

	@EntityGraph(attributePaths = "officer")
	List<GuidanceAssignment> findByOfficer_IdOrderByValidFromDescIdDesc(Long officerId);

	@EntityGraph(attributePaths = "officer")
	List<GuidanceAssignment> findByOfficer_IdAndValidToIsNullOrderByUnitName(Long officerId);

	@EntityGraph(attributePaths = "officer")
	Optional<GuidanceAssignment> findFirstByUnitIdAndValidToIsNull(Long unitId);

	@EntityGraph(attributePaths = "officer")
	List<GuidanceAssignment> findByUnitIdOrderByValidFromDescIdDesc(Long unitId);
}
