package cn.tsbase.account.internal;

import java.time.Instant;

/** What an authenticator app shows, for tests: the code of a secret (as the enrollment page shows it) at a time. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String at(String secretText, Instant instant) {
		return Totp.code(Base32.decode(secretText), Totp.counterAt(instant), Totp.DIGITS);
	}

	/** A code that is certainly wrong at that time (and at the neighbouring steps). */
	public static String wrongAt(String secretText, Instant instant) {
		byte[] secret = Base32.decode(secretText);
		long step = Totp.counterAt(instant);
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!code.equals(Totp.code(secret, step - 1, Totp.DIGITS)) && !code.equals(Totp.code(secret, step, Totp.DIGITS))
					&& !code.equals(Totp.code(secret, step + 1, Totp.DIGITS))) {
				return code;
			}
		}
	}
}
