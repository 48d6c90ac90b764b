package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
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

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.shared.StateConflictException;

/**
 * A district's national pilot dossier (全国试点推荐) for a year of published results: the municipal bureau builds it
 * with the district's figures; while it is a draft the district adds its application statement, work plan,
 * institutional results, typical cases and attachments, then submits it; the bureau writes its recommendation reason
 * and recommends a submitted dossier (the figures are taken again at that moment), which freezes it.
 */
@Entity
@Table(name = "pilot_dossier")
class PilotDossier {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "dossier_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private PilotStatus status;

	@Convert(converter = FiguresConverter.class)
	@Column(nullable = false)
	private PilotFigures figures;

	@Convert(converter = PilotCases.JsonConverter.class)
	@Column(name = "typical_cases")
	private PilotCases cases;

	private String reason;

	private String statement;

	/** The district's work plan (工作方案) as sanitised rich text. */
	@Column(name = "work_plan")
	private String workPlan;

	@Column(name = "work_plan_attachment_id")
	private Long workPlanAttachmentId;

	@Convert(converter = PilotResults.JsonConverter.class)
	@Column(name = "institutional_results")
	private PilotResults results;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Convert(converter = PilotScores.JsonConverter.class)
	private PilotScores scores;

	@Column(name = "total_score")
	private java.math.BigDecimal totalScore;

	@Column(name = "scored_by")
	private String scoredBy;

	@Column(name = "scored_at")
	private Instant scoredAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "statement_by")
	private String statementBy;

	@Column(name = "statement_at")
	private Instant statementAt;

	@Column(name = "recommended_by")
	private String recommendedBy;

	@Column(name = "recommended_on")
	private LocalDate recommendedOn;

	@Version
	private long version;

	protected PilotDossier() {
	}

	PilotDossier(String districtCode, int year, PilotFigures figures, String createdBy, Instant createdAt) {
		this.districtCode = districtCode;
		this.year = year;
		this.figures = figures;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = PilotStatus.DRAFT;
	}

	void writeReason(String reason) {
		if (status == PilotStatus.RECOMMENDED) {
			throw new StateConflictException("pilot.notDraft", "Dossier " + id + " is " + status);
		}
		this.reason = reason;
	}

	/** The district's work plan as sanitised rich text (blank clears it). */
	void writeWorkPlan(String html) {
		requireDraft();
		this.workPlan = html == null || html.isBlank() ? null : html;
	}

	/** The work plan's document, replacing an earlier one; returns the replaced attachment's id, if any. */
	Long attachWorkPlan(long attachmentId) {
		requireDraft();
		Long replaced = workPlanAttachmentId;
		this.workPlanAttachmentId = attachmentId;
		return replaced;
	}

	void addResult(PilotResults.Item item) {
		requireDraft();
		PilotResults current = results();
		if (current.items().size() >= PilotResults.MAX) {
			throw new StateConflictException("pilot.result.tooMany", "Dossier " + id + " has too many results");
		}
		this.results = current.with(item);
	}

	/** Removes a result by its document's id; false when the dossier has no such result. */
	boolean removeResult(long attachmentId) {
		requireDraft();
		if (!results().contains(attachmentId)) {
			return false;
		}
		this.results = results().without(attachmentId);
		return true;
	}

	/** Whether the district may still change the dossier (attachments included). */
	void requireEditable() {
		requireDraft();
	}

	/** The district submits its application to the municipal bureau; refused without a work plan or when done. */
	void submit(String by, Instant at) {
		requireDraft();
		if ((workPlan == null || workPlan.isBlank()) && workPlanAttachmentId == null) {
			throw new StateConflictException("pilot.workPlanRequired", "Dossier " + id + " has no work plan");
		}
		this.submittedBy = by;
		this.submittedAt = at;
		this.status = PilotStatus.SUBMITTED;
	}

	void writeStatement(String statement, String by, Instant at) {
		requireDraft();
		this.statement = statement;
		this.statementBy = by;
		this.statementAt = at;
	}

	/** The district's choice of typical cases from the case library (replacing the earlier choice). */
	void chooseCases(PilotCases chosen) {
		requireDraft();
		this.cases = chosen;
	}

	/** The bureau scores a submitted dossier (scores checked against the criteria by the caller); rescoring replaces. */
	void score(PilotScores given, String by, Instant at) {
		if (status != PilotStatus.SUBMITTED) {
			throw new StateConflictException("pilot.score.notSubmitted", "Dossier " + id + " is " + status);
		}
		this.scores = given;
		this.totalScore = given.total();
		this.scoredBy = by;
		this.scoredAt = at;
	}

	/** Recommends the district with the figures as they stand now; refused before submission, without a reason. */
	void recommend(PilotFigures current, String by, LocalDate on) {
		if (status != PilotStatus.SUBMITTED) {
			throw new StateConflictException("pilot.notSubmitted", "Dossier " + id + " is " + status);
		}
		if (reason == null || reason.isBlank()) {
			throw new StateConflictException("pilot.reasonRequired", "Dossier " + id + " has no reason");
		}
		if (scores == null || scores.entries().isEmpty()) {
			throw new StateConflictException("pilot.scoreRequired", "Dossier " + id + " is not scored");
		}
		this.figures = current;
		this.recommendedBy = by;
		this.recommendedOn = on;
		this.status = PilotStatus.RECOMMENDED;
	}

	private void requireDraft() {
		if (status != PilotStatus.DRAFT) {
			throw new StateConflictException("pilot.notDraft", "Dossier " + id + " is " + status);
		}
	}

	PilotDossierView view() {
		return new PilotDossierView(id, districtCode, year, status, figures, reason, statement, createdBy, createdAt,
				statementBy, statementAt, recommendedBy, recommendedOn, cases == null ? PilotCases.NONE : cases,
				workPlan, workPlanAttachmentId, results(), submittedBy, submittedAt,
				scores == null ? PilotScores.NONE : scores, totalScore, scoredBy, scoredAt, version);
	}

	private PilotResults results() {
		return results == null ? PilotResults.NONE : results;
	}

	PilotStatus getStatus() {
		return status;
	}

	java.math.BigDecimal getTotalScore() {
		return totalScore;
	}

	Long getWorkPlanAttachmentId() {
		return workPlanAttachmentId;
	}

	Long getId() {
		return id;
	}

	String getDistrictCode() {
		return districtCode;
	}

	int getYear() {
		return year;
	}

	long getVersion() {
		return version;
	}

	/** Stores the figures as JSON. */
	@Converter
	static class FiguresConverter implements AttributeConverter<PilotFigures, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(PilotFigures figures) {
			return JSON.writeValueAsString(figures);
		}

		@Override
		public PilotFigures convertToEntityAttribute(String json) {
			return JSON.readValue(json, PilotFigures.class);
		}
	}
}
