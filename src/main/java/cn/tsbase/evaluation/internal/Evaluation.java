package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.EvaluationProposed;
import cn.tsbase.evaluation.SelfEvaluationClosed;
import cn.tsbase.evaluation.SelfEvaluationSubmitted;
import cn.tsbase.evaluation.SupplementRequested;
import cn.tsbase.evaluation.internal.EvaluationSheet.Entry;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;

/**
 * One base's evaluation in a round. The base self-evaluates; the district scores every indicator, may ask for a
 * supplement (补正), and proposes (the grade is computed from the scores); the municipal bureau records site checks,
 * adjusts scores with a reason and sets the final grade through the cap; publication ends it. Each step refuses the
 * wrong state. Submitting the self-evaluation, requesting a supplement and proposing register their events.
 */
@Entity
@Table(name = "evaluation")
class Evaluation extends AbstractAggregateRoot<Evaluation> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private Long roundId;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false, updatable = false)
	private String unitName;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Column(name = "system_id", nullable = false, updatable = false)
	private Long systemId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private EvaluationStatus status;

	@Convert(converter = EvaluationSheetConverter.class)
	@Column(nullable = false)
	private EvaluationSheet items;

	@Column(name = "self_total")
	private BigDecimal selfTotal;

	@Column(name = "district_total")
	private BigDecimal districtTotal;

	@Column(name = "final_total")
	private BigDecimal finalTotal;

	@Column(name = "veto_failed", nullable = false)
	private boolean vetoFailed;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "proposed_grade")
	private Grade proposedGrade;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "final_grade")
	private Grade finalGrade;

	@Column(name = "cap_note")
	private String capNote;

	@Column(name = "adjustment_reason")
	private String adjustmentReason;

	@Column(name = "supplement_reason")
	private String supplementReason;

	@Column(name = "supplement_deadline")
	private LocalDate supplementDeadline;

	@Column(name = "site_check_findings")
	private String siteCheckFindings;

	@Column(name = "site_checked_on")
	private LocalDate siteCheckedOn;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "proposed_at")
	private Instant proposedAt;

	/** Set when the self-evaluation deadline passed without a submission: the round's rule then applied. */
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "self_missed")
	private MissedSelfEvaluationRule selfMissed;

	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(long roundId, long baseId, long unitId, String unitName, String districtCode, BaseType baseType,
			long systemId) {
		this.roundId = roundId;
		this.baseId = baseId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.districtCode = districtCode;
		this.baseType = baseType;
		this.systemId = systemId;
		this.status = EvaluationStatus.SELF_EVALUATION;
		this.items = EvaluationSheet.EMPTY;
	}

	/** The base's text and self score per indicator (a draft: scores may be missing until submission). */
	void writeSelfEvaluation(IndicatorModel content, Map<String, SelfInput> inputs) {
		if (!status.isUnitEditable()) {
			throw conflict("evaluation.notEditable");
		}
		EvaluationSheet sheet = items;
		for (Map.Entry<String, SelfInput> input : inputs.entrySet()) {
			Indicator indicator = indicator(content, input.getKey());
			BigDecimal score = input.getValue().score();
			checkRange(indicator, score);
			Entry old = sheet.entry(indicator.code());
			String figureComment = indicator.dataSource() == null ? null : input.getValue().figureComment();
			sheet = sheet.with(indicator.code(), new Entry(input.getValue().text(), score, old.districtScore(),
					old.districtComment(), old.vetoFailed(), old.municipalScore(), old.municipalReason(), figureComment));
		}
		this.items = sheet;
	}

	void submitSelfEvaluation(IndicatorModel content, Instant now) {
		if (!status.isUnitEditable()) {
			throw conflict("evaluation.notEditable");
		}
		for (Indicator indicator : content.indicators()) {
			if (!indicator.veto() && items.entry(indicator.code()).selfScore() == null) {
				throw conflict("evaluation.selfIncomplete");
			}
		}
		this.selfTotal = content.total(code -> items.entry(code).selfScore());
		this.status = EvaluationStatus.SUBMITTED;
		this.submittedAt = now;
		this.supplementReason = null;
		this.supplementDeadline = null;
		registerEvent(new SelfEvaluationSubmitted(id, baseId, unitName, districtCode));
	}

	/**
	 * The self-evaluation deadline passed without a submission: under {@code DISTRICT_SCORES} the district scores the
	 * base as if it had submitted (without self scores); under {@code FAILS} it is proposed as 不合格 with no total.
	 * Only a base that never submitted (a supplement request has its own deadline). Registers
	 * {@link SelfEvaluationClosed}, so that the unit hears of it.
	 */
	void missSelfEvaluation(MissedSelfEvaluationRule rule, int year, Instant now) {
		if (status != EvaluationStatus.SELF_EVALUATION) {
			throw conflict("evaluation.notEditable");
		}
		this.selfMissed = rule;
		if (rule == MissedSelfEvaluationRule.FAILS) {
			this.districtTotal = BigDecimal.ZERO;
			this.finalTotal = BigDecimal.ZERO;
			this.proposedGrade = Grade.FAIL;
			this.status = EvaluationStatus.PROPOSED;
			this.proposedAt = now;
		}
		else {
			this.status = EvaluationStatus.SUBMITTED;
		}
		registerEvent(new SelfEvaluationClosed(id, baseId, unitId, districtCode, year,
				rule == MissedSelfEvaluationRule.FAILS));
	}

	/** Whether the grading must give 不合格 whatever the total: a failed veto item or a missed self-evaluation. */
	boolean failsRegardless() {
		return vetoFailed || selfMissed == MissedSelfEvaluationRule.FAILS;
	}

	MissedSelfEvaluationRule getSelfMissed() {
		return selfMissed;
	}

	/** The district's score and comment per indicator; a veto item is scored by passing or failing it. */
	void score(IndicatorModel content, Map<String, DistrictInput> inputs) {
		if (status != EvaluationStatus.SUBMITTED) {
			throw conflict("evaluation.notSubmitted");
		}
		EvaluationSheet sheet = items;
		for (Map.Entry<String, DistrictInput> input : inputs.entrySet()) {
			Indicator indicator = indicator(content, input.getKey());
			BigDecimal score = indicator.veto() && input.getValue().score() == null ? BigDecimal.ZERO
					: input.getValue().score();
			checkRange(indicator, score);
			Entry old = sheet.entry(indicator.code());
			sheet = sheet.with(indicator.code(), new Entry(old.selfText(), old.selfScore(), score,
					input.getValue().comment(), indicator.veto() && input.getValue().vetoFailed(), null, null,
					old.figureComment()));
		}
		this.items = sheet;
	}

	void requestSupplement(String reason, LocalDate deadline) {
		if (status != EvaluationStatus.SUBMITTED) {
			throw conflict("evaluation.notSubmitted");
		}
		this.supplementReason = reason;
		this.supplementDeadline = deadline;
		this.status = EvaluationStatus.SUPPLEMENT_REQUESTED;
		registerEvent(new SupplementRequested(id, baseId, unitId, districtCode, reason, deadline));
	}

	/** Submits the district's scores; the proposed grade is the thresholds' grade of the total and veto items. */
	Grade propose(IndicatorModel content, GradeThresholds thresholds, Instant now) {
		if (status != EvaluationStatus.SUBMITTED) {
			throw conflict("evaluation.notSubmitted");
		}
		for (Indicator indicator : content.indicators()) {
			if (items.entry(indicator.code()).districtScore() == null) {
				throw conflict("evaluation.scoresIncomplete");
			}
		}
		recompute(content);
		this.districtTotal = finalTotal;
		this.proposedGrade = thresholds.gradeOf(districtTotal, vetoFailed);
		this.status = EvaluationStatus.PROPOSED;
		this.proposedAt = now;
		registerEvent(new EvaluationProposed(id, baseId, districtCode, proposedGrade));
		return proposedGrade;
	}

	void recordSiteCheck(LocalDate on, String findings) {
		requireProposed();
		this.siteCheckedOn = on;
		this.siteCheckFindings = findings;
	}

	/** The municipal bureau changes one indicator's score with a reason; the cap must be applied again. */
	void adjust(IndicatorModel content, String code, BigDecimal score, boolean vetoFailedNow, String reason) {
		requireProposed();
		Indicator indicator = indicator(content, code);
		checkRange(indicator, score);
		Entry old = items.entry(code);
		this.items = items.with(code, new Entry(old.selfText(), old.selfScore(), old.districtScore(),
				old.districtComment(), indicator.veto() && vetoFailedNow, score, reason, old.figureComment()));
		this.adjustmentReason = reason;
		recompute(content);
		this.finalGrade = null;
		this.capNote = null;
	}

	/** The grade after the cap (set by the round's grading), with the reason when the cap changed it. */
	void grade(Grade grade, String note) {
		requireProposed();
		this.finalGrade = grade;
		this.capNote = note;
	}

	void publish() {
		requireProposed();
		if (finalGrade == null) {
			throw conflict("evaluation.notGraded");
		}
		this.status = EvaluationStatus.PUBLISHED;
	}

	private void recompute(IndicatorModel content) {
		this.finalTotal = content.total(code -> items.entry(code).finalScore());
		this.vetoFailed = content.vetoFailed(code -> items.entry(code).vetoFailed());
	}

	private void requireProposed() {
		if (status != EvaluationStatus.PROPOSED) {
			throw conflict("evaluation.notProposed");
		}
	}

	/** The IP office co-reviews an indicator only while the district scores (the self-evaluation is submitted). */
	void requireCoReviewable(IndicatorModel content, String code) {
		if (status != EvaluationStatus.SUBMITTED) {
			throw conflict("evaluation.coReview.notScoring");
		}
		indicator(content, code);
	}

	/** The base attaches evidence to an indicator only while it may edit its self-evaluation. */
	void requireEvidenceAttachable(IndicatorModel content, String code) {
		if (!status.isUnitEditable()) {
			throw conflict("evaluation.notEditable");
		}
		indicator(content, code);
	}

	private static Indicator indicator(IndicatorModel content, String code) {
		return content.indicator(code)
			.orElseThrow(() -> new InvalidRequestException("evaluation.indicatorUnknown", code));
	}

	private static void checkRange(Indicator indicator, BigDecimal score) {
		if (score != null && !indicator.accepts(score)) {
			throw new InvalidRequestException("evaluation.scoreOutOfRangeOf", indicator.name(), indicator.points());
		}
	}

	private StateConflictException conflict(String key) {
		return new StateConflictException(key, "Evaluation " + id + " is " + status);
	}

	/** What the base writes per indicator. */
	record SelfInput(String text, BigDecimal score, String figureComment) {

		SelfInput(String text, BigDecimal score) {
			this(text, score, null);
		}
	}

	/** What the district writes per indicator. */
	record DistrictInput(BigDecimal score, String comment, boolean vetoFailed) {
	}

	/** The events registered by transitions and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getBaseId() {
		return baseId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitName() {
		return unitName;
	}

	String getDistrictCode() {
		return districtCode;
	}

	BaseType getBaseType() {
		return baseType;
	}

	Long getSystemId() {
		return systemId;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	EvaluationSheet getItems() {
		return items;
	}

	BigDecimal getSelfTotal() {
		return selfTotal;
	}

	BigDecimal getDistrictTotal() {
		return districtTotal;
	}

	BigDecimal getFinalTotal() {
		return finalTotal;
	}

	boolean isVetoFailed() {
		return vetoFailed;
	}

	Grade getProposedGrade() {
		return proposedGrade;
	}

	Grade getFinalGrade() {
		return finalGrade;
	}

	String getCapNote() {
		return capNote;
	}

	String getAdjustmentReason() {
		return adjustmentReason;
	}

	String getSupplementReason() {
		return supplementReason;
	}

	LocalDate getSupplementDeadline() {
		return supplementDeadline;
	}

	String getSiteCheckFindings() {
		return siteCheckFindings;
	}

	LocalDate getSiteCheckedOn() {
		return siteCheckedOn;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getProposedAt() {
		return proposedAt;
	}

	long getVersion() {
		return version;
	}
}
