package cn.tsbase.account.internal;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, the form every authenticator app reads. A
 * code of the previous or the next step is accepted too, for clocks that drift; a code is accepted only for a step
 * after the last one used.
 */
@Component
class Totp implements OneTimeCodeMethod {

	static final String ID = "TOTP";
	static final int DIGITS = 6;
	static final long STEP_SECONDS = 30;
	static final int SECRET_BYTES = 20;
	private static final int DRIFT_STEPS = 1;
	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private final SecureRandom random = new SecureRandom();

	@Override
	public String id() {
		return ID;
	}

	@Override
	public byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return secret;
	}

	@Override
	public OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedCounter) {
		if (code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replace(" ", "").strip();
		if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		long current = counterAt(now);
		byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
		for (long counter = current - DRIFT_STEPS; counter <= current + DRIFT_STEPS; counter++) {
			byte[] expected = code(secret, counter, DIGITS).getBytes(StandardCharsets.US_ASCII);
			// constant-time comparison; every candidate step is checked whatever the outcome
			if (MessageDigest.isEqual(expected, given) && counter > lastUsedCounter) {
				return OptionalLong.of(counter);
			}
		}
		return OptionalLong.empty();
	}

	@Override
	public String provisioningUri(byte[] secret, String issuer, String accountName) {
		String label = encode(issuer) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	static long counterAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The HOTP value (RFC 4226) of a counter, zero-padded to the given number of digits. */
	static String code(byte[] secret, long counter, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String value = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - value.length()) + value;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is not available", e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
