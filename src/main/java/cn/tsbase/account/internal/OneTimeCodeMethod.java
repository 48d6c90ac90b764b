package cn.tsbase.account.internal;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A second factor that proves possession of a shared secret with a short one-time code. TOTP (RFC 6238) is the one
 * shipped; an SM3-based code (GM/T 0021) plugs in as another implementation with its own {@link #id()}, stored per
 * account beside the secret, so accounts enrolled with different methods coexist.
 */
interface OneTimeCodeMethod {

	/** The stored name of the method, at most 16 characters. */
	String id();

	/** A new random secret for enrollment. */
	byte[] newSecret();

	/**
	 * Checks a code at a given time.
	 *
	 * @param lastUsedCounter the time step of the last code accepted for this account; a code of this step or an
	 * earlier one is refused, so every code works only once
	 * @return the time step of the accepted code, or empty when the code is wrong, stale or already used
	 */
	OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedCounter);

	/** The URI an authenticator app reads (from a QR code) to enroll the secret. */
	String provisioningUri(byte[] secret, String issuer, String accountName);
}
