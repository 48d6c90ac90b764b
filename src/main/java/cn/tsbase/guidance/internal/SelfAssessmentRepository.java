package cn.tsbase.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

	Optional<SelfAssessment> findByUnitIdAndAssessmentYear(long unitId, int year);

	/** The unit's own results, newest year first. */
	List<SelfAssessment> findByUnitIdOrderByAssessmentYearDesc(long unitId);

	/** A result as its unit reads it. */
	@Query("select a from SelfAssessment a where a.id = :id and a.unitId = :unitId")
	Optional<SelfAssessment> ofUnit(@Param("id") long id, @Param("unitId") long unitId);

	/** A result as the district reads it: of a unit of the district, shared now. */
	@Query("select a from SelfAssessment a where a.id = :id and a.districtCode = :district and a.shared = true")
	Optional<SelfAssessment> sharedWith(@Param("id") long id, @Param("district") String district);

	/** The results shared with the district, newest first. */
	@Query("select a from SelfAssessment a where a.districtCode = :district and a.shared = true")
	Page<SelfAssessment> sharedWith(@Param("district") String district, Pageable pageable);

	/** The earlier results of the unit that it shares with the district too, for the comparison over years. */
	@Query("select a from SelfAssessment a where a.unitId = :unitId and a.districtCode = :district and a.shared = true"
			+ " order by a.assessmentYear desc")
	List<SelfAssessment> sharedOfUnit(@Param("unitId") long unitId, @Param("district") String district);

	boolean existsByQuestionnaireId(long questionnaireId);
}
