package cn.tsbase.operation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
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

/**
 * How a district's bases report (联络报告): the interval and the due date, N working days after a period ends. A
 * district that set nothing reports quarterly, due {@link #DEFAULT_DUE_WORKING_DAYS} working days after the quarter.
 */
@Entity
@Table(name = "liaison_schedule")
class LiaisonSchedule {

	/** The platform's own default (no official rule was found): ten working days after the period. */
	static final int DEFAULT_DUE_WORKING_DAYS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "report_interval", nullable = false)
	private ReportInterval interval;

	@Column(name = "due_working_days", nullable = false)
	private int dueWorkingDays;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected LiaisonSchedule() {
	}

	LiaisonSchedule(String districtCode, ReportInterval interval, int dueWorkingDays, String by, Instant at) {
		this.districtCode = districtCode;
		change(interval, dueWorkingDays, by, at);
	}

	static LiaisonSchedule defaults(String districtCode) {
		LiaisonSchedule schedule = new LiaisonSchedule();
		schedule.districtCode = districtCode;
		schedule.interval = ReportInterval.QUARTERLY;
		schedule.dueWorkingDays = DEFAULT_DUE_WORKING_DAYS;
		return schedule;
	}

	void change(ReportInterval interval, int dueWorkingDays, String by, Instant at) {
		if (dueWorkingDays < 1 || dueWorkingDays > 60) {
			throw new IllegalArgumentException("Due working days out of range: " + dueWorkingDays);
		}
		this.interval = interval;
		this.dueWorkingDays = dueWorkingDays;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getDistrictCode() {
		return districtCode;
	}

	ReportInterval getInterval() {
		return interval;
	}

	int getDueWorkingDays() {
		return dueWorkingDays;
	}

	String getUpdatedBy() {
		return updatedBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}
}
