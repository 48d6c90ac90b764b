package cn.tsbase.publicnotice.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A written, real-name objection: a person gives their ID number, a unit its name and credit code. {@code website}
 * is a honeypot that people never see and robots fill in.
 */
record ObjectionForm(@NotBlank @Size(max = 50) String name, @Size(max = 30) String idNumber,
		@Size(max = 100) String unit, @Size(max = 40) String unitUscc,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "{objection.phone}") String phone,
		@Email @Size(max = 100) String email, @NotNull Integer target, @NotBlank @Size(max = 5000) String grounds,
		String website) {

	static ObjectionForm empty() {
		return new ObjectionForm("", "", "", "", "", "", null, "", "");
	}
}
