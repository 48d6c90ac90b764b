package cn.tsbase.reporting.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Escalated problems, looked up within a scope: the district's own, or all for the municipal bureau. */
interface EscalationRepository extends JpaRepository<Escalation, Long>, JpaSpecificationExecutor<Escalation> {

	Optional<Escalation> findByIdAndDistrictCode(Long id, String districtCode);

	boolean existsByLiaisonProblemId(Long liaisonProblemId);
}
