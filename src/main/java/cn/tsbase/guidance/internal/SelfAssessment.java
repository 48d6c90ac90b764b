package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.StateConflictException;

/**
 * A unit's self-assessment (保护能力自评) of one year: the answers to the questionnaire in use (frozen, so the profile
 * can always be computed again), the points reached, and whether the unit shares it with its district. Taking it
 * again in the same year replaces the answers and withdraws the sharing (the unit chooses again).
 */
@Entity
@Table(name = "self_assessment")
class SelfAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(nullable = false, updatable = false)
	private String uscc;

	@Column(name = "district_code", nullable = false)
	private String districtCode;

	@Column(name = "assessment_year", nullable = false, updatable = false)
	private int assessmentYear;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "questionnaire_id", nullable = false)
	private Questionnaire questionnaire;

	@Column(nullable = false)
	private int score;

	@Column(name = "max_score", nullable = false)
	private int maxScore;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(nullable = false)
	private boolean shared;

	@Column(name = "shared_at")
	private Instant sharedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "self_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "option_id", nullable = false)
	private Map<Long, Long> answers = new HashMap<>();

	@Version
	private Long version;

	protected SelfAssessment() {
	}

	SelfAssessment(long unitId, String unitName, String uscc, String districtCode, int year) {
		this.unitId = unitId;
		this.unitName = unitName;
		this.uscc = uscc;
		this.districtCode = districtCode;
		this.assessmentYear = year;
	}

	/** Records (or replaces) the answers and their points; a replaced result is no longer shared. */
	void answer(Questionnaire questionnaire, Map<Long, Long> answers, AssessmentProfile profile, String by,
			Instant at) {
		if (questionnaire.getStatus() != QuestionnaireStatus.IN_USE) {
			throw new StateConflictException("guidance.assessment.questionnaireChanged",
					"Questionnaire " + questionnaire.getId() + " is not in use");
		}
		this.questionnaire = questionnaire;
		this.answers.clear();
		this.answers.putAll(answers);
		this.score = profile.score();
		this.maxScore = profile.max();
		this.submittedBy = by;
		this.submittedAt = at;
		this.shared = false;
		this.sharedAt = null;
	}

	/** The unit shares the result with its district (again, if it had withdrawn it). */
	void share(Instant at) {
		if (shared) {
			throw new StateConflictException("guidance.assessment.alreadyShared", "Assessment " + id + " is shared");
		}
		this.shared = true;
		this.sharedAt = at;
	}

	/** The unit withdraws the sharing: the district no longer reads it. */
	void unshare() {
		if (!shared) {
			throw new StateConflictException("guidance.assessment.notShared.conflict", "Assessment " + id + " is not shared");
		}
		this.shared = false;
		this.sharedAt = null;
	}

	Questionnaire getQuestionnaire() {
		return questionnaire;
	}

	Map<Long, Long> getAnswers() {
		return Map.copyOf(answers);
	}

	AssessmentView toView(AssessmentProfile profile) {
		return new AssessmentView(id, unitId, unitName, uscc, districtCode, assessmentYear, questionnaire.getVersionNo(), score,
				maxScore, submittedBy, submittedAt, shared, sharedAt, version == null ? 0 : version, profile);
	}

	Long getId() {
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	String getUscc() {
		return uscc;
	}

	String getUnitName() {
		return unitName;
	}
}
