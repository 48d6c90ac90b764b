package cn.tsbase.shared.crypto;

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

/**
 * The platform's one SM4-GCM (Bouncy Castle): 16-byte keys, 12-byte IVs, 128-bit tags, and the wrapping of a data key
 * under a master key. Attachments (per-file data keys) and encrypted fields ({@link FieldEncryption}) both build on it.
 *
 * <p>
 * A wrapped key is the wrapping IV (12 bytes), the encrypted key (16) and its tag (16), bound to additional
 * authenticated data that names what the key belongs to, so that a wrapped key cannot be moved to another owner.
 */
public final class Sm4Gcm {

	public static final String TRANSFORMATION = "SM4/GCM/NoPadding";
	public static final int KEY_BYTES = 16;
	public static final int IV_BYTES = 12;
	public static final int TAG_BITS = 128;
	public static final int TAG_BYTES = TAG_BITS / 8;
	public static final int WRAPPED_KEY_BYTES = IV_BYTES + KEY_BYTES + TAG_BYTES;

	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

	private Sm4Gcm() {
	}

	/** A cipher initialised for one message; the caller streams through it or calls {@code doFinal}. */
	public static Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] associatedData)
			throws GeneralSecurityException {
		if (iv == null || iv.length != IV_BYTES) {
			throw new GeneralSecurityException("the IV has the wrong length");
		}
		Cipher cipher = Cipher.getInstance(TRANSFORMATION, BOUNCY_CASTLE);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(associatedData);
		return cipher;
	}

	/** Encrypts one message under a fresh random IV: IV (12 bytes), ciphertext, tag (16 bytes). */
	public static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData, SecureRandom random)
			throws GeneralSecurityException {
		byte[] iv = randomBytes(random, IV_BYTES);
		byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, key, iv, associatedData).doFinal(plaintext);
		byte[] sealed = Arrays.copyOf(iv, IV_BYTES + encrypted.length);
		System.arraycopy(encrypted, 0, sealed, IV_BYTES, encrypted.length);
		return sealed;
	}

	/**
	 * Decrypts what {@link #seal} produced; throws ({@link javax.crypto.AEADBadTagException}) when the key, the
	 * associated data or a single bit of the message is not what was sealed.
	 */
	public static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
		if (sealed == null || sealed.length < IV_BYTES + TAG_BYTES) {
			throw new GeneralSecurityException("the sealed message is too short");
		}
		byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
		return cipher(Cipher.DECRYPT_MODE, key, iv, associatedData).doFinal(sealed, IV_BYTES,
				sealed.length - IV_BYTES);
	}

	/** A new random data key. */
	public static byte[] newKey(SecureRandom random) {
		return randomBytes(random, KEY_BYTES);
	}

	/** Wraps a data key under the master key, bound to {@code associatedData}. */
	public static byte[] wrap(SecretKey masterKey, byte[] dataKey, byte[] associatedData, SecureRandom random)
			throws GeneralSecurityException {
		return seal(masterKey, dataKey, associatedData, random);
	}

	/** Unwraps a data key; throws when it was wrapped under another master key, for another owner, or tampered. */
	public static byte[] unwrap(SecretKey masterKey, byte[] wrapped, byte[] associatedData)
			throws GeneralSecurityException {
		if (wrapped == null || wrapped.length != WRAPPED_KEY_BYTES) {
			throw new GeneralSecurityException("the wrapped data key has the wrong length");
		}
		return open(masterKey, wrapped, associatedData);
	}

	/**
	 * Reads a key given as base64 of 16 random bytes; the message names the setting ({@code setting}) but never the
	 * key.
	 */
	public static SecretKey parseKey(String base64, String setting) {
		if (base64 == null || base64.isBlank()) {
			throw invalid(setting, "is not set");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw invalid(setting, "is not valid base64");
		}
		if (key.length != KEY_BYTES) {
			throw invalid(setting, "decodes to " + key.length + " bytes instead of " + KEY_BYTES);
		}
		boolean allZero = true;
		for (byte b : key) {
			allZero &= b == 0;
		}
		if (allZero) {
			throw invalid(setting, "is all zeros");
		}
		return new SecretKeySpec(key, "SM4");
	}

	private static IllegalStateException invalid(String setting, String problem) {
		return new IllegalStateException(setting + " " + problem + ": it must be the base64 encoding of " + KEY_BYTES
				+ " random bytes, for example from 'openssl rand -base64 16'");
	}

	private static byte[] randomBytes(SecureRandom random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}
}
