package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import cn.tsbase.evaluation.PilotProgressReportDue;
import cn.tsbase.evaluation.PilotStageRecorded;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.StateConflictException;

/**
 * A recommended district's national pilot (全国试点): it starts as recommended with the recommendation letter, then
 * the municipal bureau records each later stage with its date and document (the national bureau's approval or
 * refusal, the start, the mid-term review, the final acceptance). A stage may only follow the one before
 * ({@link PilotStage#next()}), on the same day or later; each registers {@link PilotStageRecorded}.
 */
@Entity
@Table(name = "district_pilot")
class DistrictPilot extends AbstractAggregateRoot<DistrictPilot> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dossier_id", nullable = false, updatable = false)
	private long dossierId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "pilot_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private PilotStage stage;

	@Convert(converter = PilotSteps.JsonConverter.class)
	@Column(nullable = false)
	private PilotSteps steps;

	/** The half-year (e.g. 2026-1) whose missing progress report was last announced, so it is announced once. */
	@Column(name = "reminded_period")
	private String remindedPeriod;

	@Version
	private long version;

	protected DistrictPilot() {
	}

	DistrictPilot(long dossierId, String districtCode, int year, LocalDate recommendedOn, String documentNumber,
			String by, Instant at) {
		this.dossierId = dossierId;
		this.districtCode = districtCode;
		this.year = year;
		this.stage = PilotStage.RECOMMENDED;
		this.steps = new PilotSteps(List.of(
				new PilotSteps.Step(PilotStage.RECOMMENDED, recommendedOn, documentNumber, null, by, at)));
	}

	/** Announces the recommendation once the pilot has its id (after the first save). */
	DistrictPilot recommended() {
		registerEvent(new PilotStageRecorded(id, districtCode, year, stage.name(), steps.last().on(),
				steps.last().documentNumber()));
		return this;
	}

	/** Records the next stage; 409 when it cannot follow the current one, 400 when dated before the last step. */
	DistrictPilot record(PilotStage next, LocalDate on, String documentNumber, String note, String by, Instant at) {
		if (!stage.next().contains(next)) {
			throw new StateConflictException("pilot.stage.notAllowed", "Pilot " + id + " is " + stage + ", not " + next);
		}
		if (on.isBefore(steps.last().on())) {
			throw new InvalidFieldException("on", "pilot.stage.beforeLast", steps.last().on());
		}
		this.steps = steps.with(new PilotSteps.Step(next, on, documentNumber, note, by, at));
		this.stage = next;
		registerEvent(new PilotStageRecorded(id, districtCode, year, next.name(), on, documentNumber));
		return this;
	}

	/** Whether the district may file progress reports now (refused otherwise with 409). */
	void requireInPilot() {
		if (!stage.takesReports()) {
			throw new StateConflictException("pilot.progress.notInPilot", "Pilot " + id + " is " + stage);
		}
	}

	/** Announces the missing report of a half-year (1 or 2) once; false when it was announced before. */
	boolean remind(int reportYear, int half) {
		String period = reportYear + "-" + half;
		if (period.equals(remindedPeriod)) {
			return false;
		}
		this.remindedPeriod = period;
		registerEvent(new PilotProgressReportDue(id, districtCode, reportYear, half));
		return true;
	}

	DistrictPilotView view() {
		return new DistrictPilotView(id, dossierId, districtCode, year, stage, steps.steps(), version);
	}

	/** The events registered and not yet published (for the transition tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
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

	PilotStage getStage() {
		return stage;
	}

	long getVersion() {
		return version;
	}
}
