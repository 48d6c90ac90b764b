package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
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

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;

/**
 * One version of an indicator system (评价指标体系) for a year and base type: its indicators (JSON), the grade
 * thresholds and the 优秀 cap. A draft may be edited; once a round uses it, it is frozen, and the next year copies it.
 */
@Entity
@Table(name = "indicator_system")
class IndicatorSystem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "system_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false, updatable = false)
	private BaseType baseType;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private SystemStatus status;

	@Column(name = "platform_default", nullable = false, updatable = false)
	private boolean platformDefault;

	/** The dimensions and indicators as JSON ({@link IndicatorModel}). */
	@Column(nullable = false)
	private String content;

	@Column(name = "excellent_min", nullable = false)
	private BigDecimal excellentMin;

	@Column(name = "good_min", nullable = false)
	private BigDecimal goodMin;

	@Column(name = "pass_min", nullable = false)
	private BigDecimal passMin;

	@Column(name = "excellent_cap_percent", nullable = false)
	private int capPercent;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "cap_scope", nullable = false)
	private CapScope capScope;

	@Column(name = "copied_from", updatable = false)
	private Long copiedFrom;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected IndicatorSystem() {
	}

	IndicatorSystem(int year, BaseType baseType, String name, boolean platformDefault, String content,
			GradeThresholds thresholds, int capPercent, CapScope capScope, Long copiedFrom, String createdBy,
			Instant now) {
		this.year = year;
		this.baseType = baseType;
		this.name = name;
		this.platformDefault = platformDefault;
		this.content = content;
		this.status = SystemStatus.DRAFT;
		this.copiedFrom = copiedFrom;
		this.createdBy = createdBy;
		this.createdAt = now;
		grading(thresholds, capPercent, capScope);
	}

	/** A draft copy of this version for another year (or the same year under another name). */
	IndicatorSystem copyFor(int newYear, String newName, String by, Instant now) {
		return new IndicatorSystem(newYear, baseType, newName, false, content, thresholds(), capPercent, capScope, id,
				by, now);
	}

	void changeContent(String newContent) {
		requireDraft();
		this.content = newContent;
	}

	void changeGrading(String newName, GradeThresholds thresholds, int newCapPercent, CapScope newScope) {
		requireDraft();
		this.name = newName;
		grading(thresholds, newCapPercent, newScope);
	}

	/** A round uses this version: from now on it is frozen. */
	void putInUse() {
		status = SystemStatus.IN_USE;
	}

	private void grading(GradeThresholds thresholds, int newCapPercent, CapScope newScope) {
		if (newCapPercent < 0 || newCapPercent > 100) {
			throw new IllegalArgumentException("Cap percent out of range");
		}
		this.excellentMin = thresholds.excellentMin();
		this.goodMin = thresholds.goodMin();
		this.passMin = thresholds.passMin();
		this.capPercent = newCapPercent;
		this.capScope = newScope;
	}

	private void requireDraft() {
		if (status != SystemStatus.DRAFT) {
			throw new StateConflictException("evaluation.system.frozen", "Indicator system " + id + " is in use");
		}
	}

	GradeThresholds thresholds() {
		return new GradeThresholds(excellentMin, goodMin, passMin);
	}

	GradingPolicy policy() {
		return new GradingPolicy(thresholds(), capPercent, capScope);
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	BaseType getBaseType() {
		return baseType;
	}

	String getName() {
		return name;
	}

	SystemStatus getStatus() {
		return status;
	}

	boolean isPlatformDefault() {
		return platformDefault;
	}

	String getContent() {
		return content;
	}

	int getCapPercent() {
		return capPercent;
	}

	CapScope getCapScope() {
		return capScope;
	}

	Long getCopiedFrom() {
		return copiedFrom;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}
}
