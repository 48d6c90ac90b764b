package cn.tsbase.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import cn.tsbase.account.AccountKind;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.Role;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	private static UserAccount official(String district) {
		return UserAccount.withInitialPassword("official", "hash", "Official", null, null, AccountKind.OFFICIAL,
				district, NOW);
	}

	@Test
	void administratorRolesStandAlone() {
		UserAccount account = official(null);
		assertThatThrownBy(() -> account.assignRoles(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("administratorAlone");
		assertThatThrownBy(() -> account.assignRoles(EnumSet.of(Role.SECURITY_ADMIN, Role.MUNICIPAL_OFFICER)))
			.isInstanceOf(StateConflictException.class);
		account.assignRoles(EnumSet.of(Role.AUDIT_ADMIN));
		assertThat(account.getRoles()).containsExactly(Role.AUDIT_ADMIN);
	}

	@Test
	void districtRolesNeedADistrictAndTheMunicipalRoleNone() {
		assertThatThrownBy(() -> official(null).assignRoles(EnumSet.of(Role.DISTRICT_OFFICER)))
			.hasMessageContaining("districtRoleNeedsDistrict");
		assertThatThrownBy(() -> official("110102").assignRoles(EnumSet.of(Role.MUNICIPAL_OFFICER)))
			.hasMessageContaining("municipalRoleNoDistrict");
		UserAccount district = official("110102");
		district.assignRoles(EnumSet.of(Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER));
		assertThat(district.getRoles()).containsExactlyInAnyOrder(Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER);
	}

	@Test
	void unitRolesBelongToUnitAccountsOnly() {
		assertThatThrownBy(() -> official("110102").assignRoles(EnumSet.of(Role.APPLICANT)))
			.hasMessageContaining("unitRoleNeedsUnitAccount");
		UserAccount unit = UserAccount.forUnit("unit", "hash", "Unit", null, null, 1L, "110102", Role.APPLICANT, NOW);
		assertThatThrownBy(() -> unit.assignRoles(EnumSet.of(Role.DISTRICT_OFFICER)))
			.hasMessageContaining("unitAccountUnitRolesOnly");
	}

	@Test
	void expertAccountsHoldTheExpertRoleOnly() {
		UserAccount expert = UserAccount.withInitialPassword("expert", "hash", "Expert", null, null,
				AccountKind.EXPERT, null, NOW);
		expert.assignRoles(EnumSet.of(Role.EXPERT));
		assertThatThrownBy(() -> expert.assignRoles(EnumSet.of(Role.MUNICIPAL_OFFICER)))
			.hasMessageContaining("expertAccountExpertRoleOnly");
		assertThatThrownBy(() -> official(null).assignRoles(EnumSet.of(Role.EXPERT)))
			.hasMessageContaining("expertRoleNeedsExpertAccount");
	}

	@Test
	void anInitialPasswordMustBeChangedAndAnOldOneExpires() {
		UserAccount account = official(null);
		assertThat(account.isPasswordChangeRequired()).isTrue();
		account.changePassword("new", NOW);
		assertThat(account.isPasswordChangeRequired()).isFalse();
		assertThat(account.isPasswordExpired(NOW.plus(Duration.ofDays(89)), Duration.ofDays(90))).isFalse();
		assertThat(account.isPasswordExpired(NOW.plus(Duration.ofDays(91)), Duration.ofDays(90))).isTrue();
	}

	@Test
	void disablingTwiceIsRefused() {
		UserAccount account = official(null);
		account.disable();
		assertThat(account.isEnabled()).isFalse();
		assertThatThrownBy(account::disable).isInstanceOf(StateConflictException.class);
		account.enable();
		assertThat(account.isEnabled()).isTrue();
	}
}
