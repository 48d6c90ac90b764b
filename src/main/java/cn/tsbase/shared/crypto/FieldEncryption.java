package cn.tsbase.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.crypto.SecretKey;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encryption of sensitive text fields at rest: SM4-GCM ({@link Sm4Gcm}) under a field data key that the master key
 * wraps (table {@code field_key}), the same hierarchy as attachments. Entities use it through
 * {@link EncryptedText}; columns that must be found by equality keep a blind index ({@link #blindIndex}).
 *
 * <p>
 * Stored form: {@code sm4:<data key version>:<base64 of IV (12 bytes), ciphertext, tag (16 bytes)>}. The version is
 * authenticated (it is the additional data), so a value can name only the key it was sealed under; old versions keep
 * decrypting after a rotation, and {@link FieldEncryptionMigration} re-encrypts them under the current one.
 */
public final class FieldEncryption {

	/** Every encrypted value starts with this. */
	public static final String PREFIX = "sm4:";

	private final Supplier<FieldKeys> loader;
	private final SecureRandom random;
	private volatile FieldKeys keys;

	FieldEncryption(Supplier<FieldKeys> loader, SecureRandom random) {
		this.loader = loader;
		this.random = random;
	}

	/** The encrypted form of {@code plaintext}; {@code null} stays {@code null}. A new IV each time. */
	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		FieldKeys current = keys();
		int version = current.currentVersion();
		try {
			byte[] sealed = Sm4Gcm.seal(current.current(), plaintext.getBytes(StandardCharsets.UTF_8),
					associatedData(version), random);
			return PREFIX + version + ":" + Base64.getEncoder().encodeToString(sealed);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
	}

	/**
	 * The plaintext of a stored value; {@code null} stays {@code null}.
	 * @throws FieldIntegrityException when the value is not in the encrypted form (a plain value written past the
	 * application), names an unknown key, or fails its tag (tampered, or sealed under another key)
	 */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new FieldIntegrityException("an encrypted column holds a value that is not encrypted");
		}
		int separator = stored.indexOf(':', PREFIX.length());
		int version;
		byte[] sealed;
		try {
			version = Integer.parseInt(stored.substring(PREFIX.length(), separator));
			sealed = Base64.getDecoder().decode(stored.substring(separator + 1));
		}
		catch (RuntimeException e) {
			throw new FieldIntegrityException("an encrypted value is malformed");
		}
		SecretKey key = keyOf(version);
		try {
			return new String(Sm4Gcm.open(key, sealed, associatedData(version)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new FieldIntegrityException("an encrypted value fails its SM4-GCM tag (tampered, or another key)");
		}
	}

	/** Whether a stored value is encrypted under the current data key (nothing for the migration to do). */
	public boolean isCurrent(String stored) {
		return stored == null || stored.startsWith(currentPrefix());
	}

	/** The start of every value encrypted under the current data key, e.g. {@code sm4:1:}. */
	public String currentPrefix() {
		return PREFIX + keys().currentVersion() + ":";
	}

	/**
	 * A keyed SM3 hash (HMAC-SM3, 64 hex digits) of a value, for a column that must be looked up or kept unique by
	 * equality while the value itself is encrypted. The caller normalises first (trim, case) the way the look-up
	 * compares; the same normalised value gives the same index, and without the key nobody can compute it.
	 */
	public String blindIndex(String normalised) {
		if (normalised == null) {
			return null;
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(keys().indexKey()));
		byte[] input = normalised.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** Loads the keys now (at start-up), so that a wrong master key stops the platform before it serves anything. */
	void initialise() {
		keys();
	}

	private SecretKey keyOf(int version) {
		SecretKey key = keys().dataKeys().get(version);
		if (key == null) {
			// another instance may have rotated since this one loaded the keys
			key = reload().dataKeys().get(version);
		}
		if (key == null) {
			throw new FieldIntegrityException("an encrypted value names an unknown data key version " + version);
		}
		return key;
	}

	private FieldKeys keys() {
		FieldKeys loaded = keys;
		return loaded != null ? loaded : reload();
	}

	private synchronized FieldKeys reload() {
		keys = loader.get();
		return keys;
	}

	private static byte[] associatedData(int version) {
		return ("tsbase.field:" + version).getBytes(StandardCharsets.US_ASCII);
	}
}
