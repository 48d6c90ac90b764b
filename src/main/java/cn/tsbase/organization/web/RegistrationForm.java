package cn.tsbase.organization.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public registration form: the unit's profile, its code and district, its first account. It holds no status,
 * owner or any field the unit may not set.
 */
record RegistrationForm(@NotBlank @Size(max = 100) String name, @NotBlank String uscc, @NotBlank String unitTypeCode,
		@NotBlank String industryCode, @NotBlank String districtCode, @NotBlank @Size(max = 200) String address,
		@NotBlank @Pattern(regexp = POSTCODE, message = "{validation.postcode}") String postcode,
		@NotBlank @Size(max = 50) String legalRepresentative, @NotNull @Min(0) @Max(10_000_000) Integer headcount,
		@DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal annualOutput,
		@NotBlank @Size(max = 50) String contactPerson, @NotBlank @Size(max = 50) String contactTitle,
		@NotBlank @Pattern(regexp = MOBILE, message = "{validation.mobile}") String contactMobile,
		@NotBlank @Email @Size(max = 100) String contactEmail, @NotBlank String username, @NotBlank String password,
		@NotBlank String confirmPassword,
		@NotNull(message = "{registration.consent.required}") @AssertTrue(message = "{registration.consent.required}") Boolean consent)
		implements UnitProfileFields {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "", "", "", null, null, "", "", "", "", "", "", "", false);
	}

	@Override
	public String toString() {
		return "RegistrationForm[" + name + ", " + uscc + ", " + username + "]";
	}
}
