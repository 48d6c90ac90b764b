package cn.tsbase.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.crypto.Sm4Gcm;

/**
 * Second-factor secrets are stored SM4-GCM encrypted ({@link Sm4Gcm}, the platform's one SM4 helper) under
 * {@code tsbase.security.second-factor-key} (environment {@code TSBASE_SECOND_FACTOR_KEY} in production: the base64
 * of 16 random bytes), bound to the account's username as associated data so a sealed secret cannot be copied to
 * another account. The stored form is base64 of IV (12 bytes), ciphertext and tag (16 bytes): the form secrets had
 * before this class used the shared helper, so they still open. The platform refuses to start without a valid key.
 */
@Component
class SecondFactorSealer {

	static final String SETTING = "tsbase.security.second-factor-key (environment TSBASE_SECOND_FACTOR_KEY)";

	private final SecretKey key;
	private final SecureRandom random = new SecureRandom();

	SecondFactorSealer(@Value("${tsbase.security.second-factor-key:}") String base64Key) {
		this.key = Sm4Gcm.parseKey(base64Key, SETTING);
	}

	String seal(byte[] secret, String username) {
		try {
			return Base64.getEncoder().encodeToString(Sm4Gcm.seal(key, secret, associatedData(username), random));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
	}

	byte[] open(String sealed, String username) {
		try {
			return Sm4Gcm.open(key, Base64.getDecoder().decode(sealed), associatedData(username));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("A second-factor secret failed its integrity check", e);
		}
	}

	private static byte[] associatedData(String username) {
		return username.getBytes(StandardCharsets.UTF_8);
	}
}
