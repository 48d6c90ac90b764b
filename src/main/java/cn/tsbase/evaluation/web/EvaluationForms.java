package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.CapScope;
import cn.tsbase.evaluation.internal.DataSource;

/** The evaluation module's form records (never entities). */
final class EvaluationForms {

	private EvaluationForms() {
	}

	/** Creates the platform's default indicator system of a year and base type. */
	record DefaultSystemForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull BaseType baseType) {
	}

	/** Copies a version for a (new) year under a name. */
	record CopyForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 100) String name) {
	}

	/** A draft's name, thresholds and 优秀 cap. */
	record GradingForm(@NotBlank @Size(max = 100) String name,
			@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal excellentMin,
			@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal goodMin,
			@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal passMin,
			@NotNull @Min(0) @Max(100) Integer capPercent, @NotNull CapScope capScope, long version) {
	}

	/** One indicator of a draft. */
	record IndicatorForm(@NotBlank @Size(max = 100) String name,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal points, @Size(max = 1000) String guidance,
			@Size(max = 500) String evidence, Boolean veto, DataSource dataSource, long version) {
	}

	/** Opens the year's round. */
	record RoundForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull LocalDate designatedBefore,
			@NotNull LocalDate selfDeadline, @NotNull LocalDate districtDeadline, @NotNull Long pointSystemId,
			@NotNull Long zoneSystemId) {
	}

	/** The district asks for a supplement. */
	record SupplementForm(@NotBlank @Size(max = 1000) String reason, @NotNull @Min(1) @Max(30) Integer workingDays,
			long version) {
	}

	/** The municipal bureau's site check. */
	record SiteCheckForm(@NotNull LocalDate checkedOn, @NotBlank @Size(max = 2000) String findings, long version) {
	}

	/** The municipal bureau adjusts one indicator's score. */
	record AdjustForm(@NotBlank @Size(max = 20) String code, @NotNull @DecimalMin("0") BigDecimal score,
			Boolean vetoFailed, @NotBlank @Size(max = 1000) String reason, long version) {
	}

	/** Publication of a round's results. */
	record PublishForm(@NotBlank @Size(max = 50) String documentNumber, long version) {
	}
}
