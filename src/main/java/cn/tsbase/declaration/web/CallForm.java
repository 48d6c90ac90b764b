package cn.tsbase.declaration.web;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.tsbase.declaration.BaseType;

/** A new call; the district is the officer's, never a form field. Times are Beijing time. */
record CallForm(@NotBlank @Size(max = 200) String title, @NotNull @Min(2020) @Max(2100) Integer year,
		@NotEmpty Set<BaseType> baseTypes, @NotBlank @Size(max = 20000) String requirements,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
		@NotNull @Min(0) @Max(100) Integer quotaPoints, @NotNull @Min(0) @Max(100) Integer quotaZones) {

	static CallForm defaults(int year, LocalDateTime now) {
		return new CallForm("", year, EnumSet.allOf(BaseType.class), "", now.withSecond(0).withNano(0),
				now.plusDays(30).withHour(17).withMinute(0).withSecond(0).withNano(0), 3, 1);
	}
}
