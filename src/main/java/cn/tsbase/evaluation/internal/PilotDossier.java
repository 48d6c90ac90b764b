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
 * with the district's figures and writes its recommendation reason, the district adds its application statement,
 * then the bureau recommends the district (the figures are taken again at that moment) and the dossier is frozen.
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
		requireDraft();
		this.reason = reason;
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

	/** Recommends the district with the figures as they stand now; refused without a reason or when done. */
	void recommend(PilotFigures current, String by, LocalDate on) {
		requireDraft();
		if (reason == null || reason.isBlank()) {
			throw new StateConflictException("pilot.reasonRequired", "Dossier " + id + " has no reason");
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
				version);
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
