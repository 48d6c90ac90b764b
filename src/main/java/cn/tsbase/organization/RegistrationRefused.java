package cn.tsbase.organization;

import java.time.Instant;

/**
 * A self-service registration whose form was valid was not carried out, because its credit code or its username is
 * taken. The caller was given the same answer as a successful registration; the real one goes by mail to the contact
 * address the form gave (ADR 0013).
 *
 * @param existingUnitId the unit that already holds the code, or null when only the username is taken
 */
public record RegistrationRefused(String contactEmail, String contactPerson, String unitName, String uscc,
		String username, boolean codeTaken, boolean usernameTaken, Long existingUnitId, Instant refusedAt) {

	@Override
	public String toString() {
		// the address stays out of logs
		return "RegistrationRefused[" + uscc + ", " + username + ", codeTaken=" + codeTaken + ", usernameTaken="
				+ usernameTaken + "]";
	}
}
