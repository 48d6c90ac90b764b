package cn.tsbase.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.internal.AccountCreation;

/**
 * An official's or expert's account, created by the system administrator. The e-mail address is required: the owner's
 * activation link goes there (ADR 0016).
 */
record NewAccountForm(
		@NotBlank @Pattern(regexp = AccountCreation.USERNAME_PATTERN, message = "{account.username.pattern}") String username,
		@NotBlank @Size(max = 50) String displayName,
		@NotBlank(message = "{account.activation.emailRequired}") @Email @Size(max = 100) String email,
		@Pattern(regexp = "|1[3-9]\\d{9}", message = "{validation.mobile}") String mobile, @NotNull AccountKind kind,
		String districtCode) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", "", "", AccountKind.OFFICIAL, "");
	}

	String districtOrNull() {
		return districtCode == null || districtCode.isBlank() ? null : districtCode;
	}
}
