package cn.tsbase.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Second-factor secrets are stored SM4-GCM encrypted under {@code tsbase.security.second-factor-key} (environment
 * {@code TSBASE_SECOND_FACTOR_KEY} in production: the base64 of 16 random bytes), bound to the account's username
 * so a sealed secret cannot be copied to another account. The platform refuses to start without a valid key.
 */
@Component
class SecondFactorSealer {

	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
	private static final String TRANSFORMATION = "SM4/GCM/NoPadding";
	private static final int KEY_BYTES = 16;
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey key;
	private final SecureRandom random = new SecureRandom();

	SecondFactorSealer(@Value("${tsbase.security.second-factor-key:}") String base64Key) {
		this.key = parse(base64Key);
	}

	String seal(byte[] secret, String username) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, username).doFinal(secret);
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
	}

	byte[] open(String sealed, String username) {
		byte[] data = Base64.getDecoder().decode(sealed);
		try {
			return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(data, IV_BYTES), username).doFinal(data, IV_BYTES,
					data.length - IV_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A second-factor secret failed its integrity check", e);
		}
	}

	private Cipher cipher(int mode, byte[] iv, String username) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION, BOUNCY_CASTLE);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	static SecretKey parse(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw invalid();
		}
		boolean allZero = true;
		for (byte b : bytes) {
			allZero &= b == 0;
		}
		if (bytes.length != KEY_BYTES || allZero) {
			throw invalid();
		}
		return new SecretKeySpec(bytes, "SM4");
	}

	private static IllegalStateException invalid() {
		return new IllegalStateException("tsbase.security.second-factor-key (environment TSBASE_SECOND_FACTOR_KEY) "
				+ "must be the base64 encoding of " + KEY_BYTES + " random bytes, for example from "
				+ "'openssl rand -base64 16'");
	}
}
