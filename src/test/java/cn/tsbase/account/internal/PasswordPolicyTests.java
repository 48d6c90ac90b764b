package cn.tsbase.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsAStrongPassword() {
		assertThat(PasswordPolicy.violations("Lantern#Quiet72", "someone")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.violations("Ab#1234", "someone")).containsExactly("password.rule.length");
	}

	@Test
	void needsThreeOfFourCharacterClasses() {
		assertThat(PasswordPolicy.violations("lanternquiet72", "someone")).contains("password.rule.classes");
		assertThat(PasswordPolicy.violations("Lanternquiet72", "someone")).doesNotContain("password.rule.classes");
	}

	@Test
	void refusesCommonPasswordsWhateverTheDecoration() {
		assertThat(PasswordPolicy.violations("Password123!", "someone")).contains("password.rule.common");
		assertThat(PasswordPolicy.violations("P@ssw0rd", "someone")).contains("password.rule.common");
		assertThat(PasswordPolicy.violations("Qwerty123456", "someone")).contains("password.rule.common");
	}

	@Test
	void refusesSequencesAndRepetitions() {
		assertThat(PasswordPolicy.isSequenceOrRepetition("abcdefgh")).isTrue();
		assertThat(PasswordPolicy.isSequenceOrRepetition("87654321")).isTrue();
		assertThat(PasswordPolicy.isSequenceOrRepetition("aaaaaaaa")).isTrue();
		assertThat(PasswordPolicy.isSequenceOrRepetition("abcdefgi")).isFalse();
	}

	@Test
	void refusesThePasswordThatContainsTheUsername() {
		assertThat(PasswordPolicy.violations("Xc_officer#2026", "xc_officer")).contains("password.rule.username");
	}

	@Test
	void refusesSiteWordsSuchAsDistrictNamesInPinyin() {
		assertThat(PasswordPolicy.violations("Xicheng#2026ok", "someone")).contains("password.rule.siteWord");
		assertThat(PasswordPolicy.violations("My!Beijing99", "someone")).contains("password.rule.siteWord");
	}
}
