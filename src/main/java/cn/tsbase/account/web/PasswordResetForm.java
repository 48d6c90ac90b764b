package cn.tsbase.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordResetForm(@Size(max = 100) String token, @NotBlank @Size(max = 64) String newPassword,
		@NotBlank String confirmPassword) {

	@Override
	public String toString() {
		return "PasswordResetForm[***]";
	}
}
