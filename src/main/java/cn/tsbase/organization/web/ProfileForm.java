package cn.tsbase.organization.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tsbase.organization.UnitView;

/** A unit's profile as the unit edits it; the code, district and registration facts are not editable here. */
record ProfileForm(@NotBlank @Size(max = 100) String name, @NotBlank String unitTypeCode,
		@NotBlank String industryCode, @NotBlank @Size(max = 200) String address,
		@NotBlank @Pattern(regexp = UnitProfileFields.POSTCODE, message = "{validation.postcode}") String postcode,
		@NotBlank @Size(max = 50) String legalRepresentative, @NotNull @Min(0) @Max(10_000_000) Integer headcount,
		@DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal annualOutput,
		@NotBlank @Size(max = 50) String contactPerson, @NotBlank @Size(max = 50) String contactTitle,
		@NotBlank @Pattern(regexp = UnitProfileFields.MOBILE, message = "{validation.mobile}") String contactMobile,
		@NotBlank @Email @Size(max = 100) String contactEmail, @NotNull Long version) implements UnitProfileFields {

	static ProfileForm of(UnitView unit) {
		return new ProfileForm(unit.name(), unit.unitTypeCode(), unit.industryCode(), unit.address(),
				unit.postcode(), unit.legalRepresentative(), unit.headcount(), unit.annualOutput(),
				unit.contactPerson(), unit.contactTitle(), unit.contactMobile(), unit.contactEmail(), unit.version());
	}
}
