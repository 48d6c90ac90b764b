package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district opened plan filing (计划填报) for its bases for a year, with a deadline. */
@Entity
@Table(name = "annual_plan_filing")
class AnnualPlanFiling {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Column(name = "plan_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "opened_by", nullable = false, updatable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Version
	private long version;

	protected AnnualPlanFiling() {
	}

	AnnualPlanFiling(String districtCode, int year, LocalDate deadline, String openedBy, Instant openedAt) {
		this.districtCode = districtCode;
		this.year = year;
		this.deadline = deadline;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void moveDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	String getDistrictCode() {
		return districtCode;
	}

	int getYear() {
		return year;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	String getOpenedBy() {
		return openedBy;
	}

	Instant getOpenedAt() {
		return openedAt;
	}
}
