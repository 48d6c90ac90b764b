package cn.tsbase.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank @Size(max = 64) String newPassword,
		@NotBlank String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	@Override
	public String toString() {
		return "PasswordChangeForm[***]";
	}
}
