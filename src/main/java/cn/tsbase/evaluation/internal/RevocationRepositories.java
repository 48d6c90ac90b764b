package cn.tsbase.evaluation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.tsbase.shared.indicators.Grade;

interface RectificationRepository extends JpaRepository<Rectification, Long>, JpaSpecificationExecutor<Rectification> {

	Optional<Rectification> findByIdAndDistrictCode(Long id, String districtCode);

	Optional<Rectification> findByIdAndUnitId(Long id, Long unitId);

	List<Rectification> findByBaseId(Long baseId);

	boolean existsByEvaluationId(Long evaluationId);

	/** Open orders past their deadline that were not announced as overdue yet. */
	@Query("select r from Rectification r where r.status in ?2 and r.deadline < ?1 and r.overdueNotifiedOn is null "
			+ "order by r.id")
	List<Rectification> overdueUnannounced(java.time.LocalDate today, List<RectificationStatus> open);
}

interface RevocationTriggerRepository
		extends JpaRepository<RevocationTrigger, Long>, JpaSpecificationExecutor<RevocationTrigger> {

	boolean existsByBaseIdAndKindAndYear(Long baseId, TriggerKind kind, Integer year);

	List<RevocationTrigger> findByBaseIdAndStatus(Long baseId, TriggerStatus status);

	/** The base's published grade of a year, if it was evaluated that year. */
	@Query("select e.finalGrade from Evaluation e, EvaluationRound r where r.id = e.roundId and e.baseId = ?1 "
			+ "and r.year = ?2 and e.status = ?3")
	List<Grade> gradeOf(Long baseId, int year, EvaluationStatus published);
}

interface RevocationRepository extends JpaRepository<Revocation, Long>, JpaSpecificationExecutor<Revocation> {

	Optional<Revocation> findByIdAndDistrictCode(Long id, String districtCode);

	Optional<Revocation> findByIdAndUnitId(Long id, Long unitId);

	boolean existsByBaseIdAndStatusIn(Long baseId, List<RevocationStatus> statuses);
}
