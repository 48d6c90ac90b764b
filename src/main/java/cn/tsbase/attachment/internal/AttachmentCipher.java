package cn.tsbase.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import cn.tsbase.shared.crypto.Sm4Gcm;

/**
 * SM4-GCM ({@link Sm4Gcm}) for attachments: each file gets a fresh random data key and IV; the data key is stored
 * wrapped (SM4-GCM again) under the master key. Both the file and the wrapped key are bound to the file's storage
 * name as additional authenticated data, so neither can be moved to another row.
 *
 * <p>
 * Stored forms: the file is the ciphertext followed by the 16-byte tag; the wrapped key is the wrapping IV (12 bytes),
 * the encrypted data key (16) and its tag (16).
 */
final class AttachmentCipher {

	static final int KEY_BYTES = Sm4Gcm.KEY_BYTES;
	static final int IV_BYTES = Sm4Gcm.IV_BYTES;
	static final int TAG_BYTES = Sm4Gcm.TAG_BYTES;
	static final int WRAPPED_KEY_BYTES = Sm4Gcm.WRAPPED_KEY_BYTES;

	private static final int BUFFER = 64 * 1024;

	private final SecretKey masterKey;
	private final SecureRandom random;

	AttachmentCipher(SecretKey masterKey, SecureRandom random) {
		this.masterKey = masterKey;
		this.random = random;
	}

	/** What a stored file needs besides its ciphertext: the wrapped data key and the IV. */
	record Sealed(byte[] wrappedKey, byte[] iv) {
	}

	/** Encrypts the plaintext into {@code out} under a new data key; the ciphertext is the plaintext's size + 16. */
	Sealed encrypt(InputStream plaintext, OutputStream out, byte[] associatedData) throws IOException {
		byte[] dataKey = Sm4Gcm.newKey(random);
		byte[] iv = randomBytes(IV_BYTES);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "SM4"), iv, associatedData);
			transform(cipher, plaintext, out);
			return new Sealed(wrap(dataKey, associatedData), iv);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Decrypts into {@code out}. GCM checks the tag only at the end: when it fails, {@code out} has already received
	 * unauthenticated bytes and an {@link IntegrityException} follows. Callers that must not release such bytes
	 * decrypt into a null stream first ({@link #verify}).
	 */
	void decrypt(InputStream ciphertext, OutputStream out, Sealed sealed, byte[] associatedData) throws IOException {
		byte[] dataKey = unwrap(sealed.wrappedKey(), associatedData);
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "SM4"), sealed.iv(),
					associatedData);
			transform(cipher, ciphertext, out);
		}
		catch (AEADBadTagException e) {
			throw new IntegrityException("the stored file fails its SM4-GCM tag", e);
		}
		catch (GeneralSecurityException e) {
			throw new IntegrityException("the stored file cannot be decrypted", e);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/** Decrypts without releasing anything: returns normally only when key, IV and content are authentic. */
	void verify(InputStream ciphertext, Sealed sealed, byte[] associatedData) throws IOException {
		decrypt(ciphertext, OutputStream.nullOutputStream(), sealed, associatedData);
	}

	byte[] wrap(byte[] dataKey, byte[] associatedData) throws GeneralSecurityException {
		return Sm4Gcm.wrap(masterKey, dataKey, associatedData, random);
	}

	byte[] unwrap(byte[] wrapped, byte[] associatedData) {
		if (wrapped == null || wrapped.length != WRAPPED_KEY_BYTES) {
			throw new IntegrityException("the wrapped data key has the wrong length");
		}
		try {
			return Sm4Gcm.unwrap(masterKey, wrapped, associatedData);
		}
		catch (GeneralSecurityException e) {
			throw new IntegrityException("the wrapped data key fails its tag (another master key, or tampered)", e);
		}
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] associatedData)
			throws GeneralSecurityException {
		if (iv == null || iv.length != IV_BYTES) {
			throw new IntegrityException("the IV has the wrong length");
		}
		return Sm4Gcm.cipher(mode, key, iv, associatedData);
	}

	private static void transform(Cipher cipher, InputStream in, OutputStream out)
			throws IOException, GeneralSecurityException {
		byte[] buffer = new byte[BUFFER];
		int read;
		while ((read = in.read(buffer)) != -1) {
			byte[] chunk = cipher.update(buffer, 0, read);
			if (chunk != null && chunk.length > 0) {
				out.write(chunk);
			}
		}
		byte[] last = cipher.doFinal();
		if (last != null && last.length > 0) {
			out.write(last);
		}
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}
}
