package cn.tsbase.account;

/**
 * The length limits of the password policy, for forms of other modules that ask for a new password (their
 * {@code minlength}/{@code maxlength} hints and messages). The full check runs in the account module:
 * {@link AccountManagement#checkNewCredentials(String, String)}.
 */
public final class PasswordRequirements {

	/** The fewest characters a password may have. */
	public static final int MIN_LENGTH = 8;

	/** The most characters a password may have. */
	public static final int MAX_LENGTH = 64;

	private PasswordRequirements() {
	}
}
