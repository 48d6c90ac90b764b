package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class AttachmentCipherTests {

	private static final SecretKey MASTER = MasterKey.parse("dGVzdC1vbmx5LWtleS0wMQ==");
	private static final byte[] AAD = "tsbase-attachment:0f8fad5b-d9cb-469f-a165-70867728950e"
		.getBytes(StandardCharsets.US_ASCII);

	private final AttachmentCipher cipher = new AttachmentCipher(MASTER, new SecureRandom());

	private record Encrypted(byte[] ciphertext, AttachmentCipher.Sealed sealed) {
	}

	private Encrypted encrypt(byte[] plaintext) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AttachmentCipher.Sealed sealed = cipher.encrypt(new ByteArrayInputStream(plaintext), out, AAD);
		return new Encrypted(out.toByteArray(), sealed);
	}

	private byte[] decrypt(byte[] ciphertext, AttachmentCipher.Sealed sealed, byte[] aad) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cipher.decrypt(new ByteArrayInputStream(ciphertext), out, sealed, aad);
		return out.toByteArray();
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	@Test
	void roundTripsSmallAndMultiBufferContent() throws IOException {
		for (byte[] plaintext : new byte[][] { "商业秘密".getBytes(StandardCharsets.UTF_8), randomBytes(200_001) }) {
			Encrypted encrypted = encrypt(plaintext);

			assertThat(encrypted.ciphertext()).hasSize(plaintext.length + AttachmentCipher.TAG_BYTES);
			assertThat(decrypt(encrypted.ciphertext(), encrypted.sealed(), AAD)).isEqualTo(plaintext);
		}
	}

	@Test
	void theCiphertextDoesNotContainThePlaintext() throws IOException {
		byte[] plaintext = "TOP-SECRET-FORMULA ".repeat(100).getBytes(StandardCharsets.US_ASCII);

		Encrypted encrypted = encrypt(plaintext);

		assertThat(new String(encrypted.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("TOP-SECRET");
		assertThat(encrypted.sealed().iv()).hasSize(AttachmentCipher.IV_BYTES);
		assertThat(encrypted.sealed().wrappedKey()).hasSize(AttachmentCipher.WRAPPED_KEY_BYTES);
	}

	/** The stored format is plain SM4-GCM, 128-bit tag: Bouncy Castle's lightweight API reads it independently. */
	@Test
	void isSm4GcmWithA128BitTagAndTheStorageNameAsAssociatedData() throws Exception {
		byte[] plaintext = "附件内容 attachment content".getBytes(StandardCharsets.UTF_8);
		Encrypted encrypted = encrypt(plaintext);
		byte[] dataKey = cipher.unwrap(encrypted.sealed().wrappedKey(), AAD);
		assertThat(dataKey).hasSize(16);

		GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
		gcm.init(false, new AEADParameters(new KeyParameter(dataKey), 128, encrypted.sealed().iv(), AAD));
		byte[] out = new byte[gcm.getOutputSize(encrypted.ciphertext().length)];
		int length = gcm.processBytes(encrypted.ciphertext(), 0, encrypted.ciphertext().length, out, 0);
		length += gcm.doFinal(out, length);

		assertThat(Arrays.copyOf(out, length)).isEqualTo(plaintext);
	}

	@Test
	void differentFilesGetDifferentDataKeysAndIvs() throws IOException {
		byte[] plaintext = "the same content twice".getBytes(StandardCharsets.UTF_8);

		Encrypted first = encrypt(plaintext);
		Encrypted second = encrypt(plaintext);

		assertThat(second.sealed().iv()).isNotEqualTo(first.sealed().iv());
		assertThat(second.sealed().wrappedKey()).isNotEqualTo(first.sealed().wrappedKey());
		assertThat(cipher.unwrap(second.sealed().wrappedKey(), AAD))
			.isNotEqualTo(cipher.unwrap(first.sealed().wrappedKey(), AAD));
		assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
	}

	@Test
	void aTamperedCiphertextFailsWherever() throws IOException {
		byte[] plaintext = randomBytes(100_000);
		Encrypted encrypted = encrypt(plaintext);
		for (int position : new int[] { 0, 50_000, encrypted.ciphertext().length - 1 }) {
			byte[] tampered = encrypted.ciphertext().clone();
			tampered[position] ^= 0x01;

			assertThatThrownBy(() -> cipher.verify(new ByteArrayInputStream(tampered), encrypted.sealed(), AAD))
				.isInstanceOf(IntegrityException.class);
		}
	}

	@Test
	void aTruncatedCiphertextFails() throws IOException {
		Encrypted encrypted = encrypt(randomBytes(1000));
		byte[] truncated = Arrays.copyOf(encrypted.ciphertext(), encrypted.ciphertext().length - 1);

		assertThatThrownBy(() -> cipher.verify(new ByteArrayInputStream(truncated), encrypted.sealed(), AAD))
			.isInstanceOf(IntegrityException.class);
	}

	@Test
	void aTamperedIvFails() throws IOException {
		Encrypted encrypted = encrypt(randomBytes(1000));
		byte[] iv = encrypted.sealed().iv().clone();
		iv[0] ^= 0x01;

		assertThatThrownBy(() -> decrypt(encrypted.ciphertext(),
				new AttachmentCipher.Sealed(encrypted.sealed().wrappedKey(), iv), AAD))
			.isInstanceOf(IntegrityException.class);
		assertThatThrownBy(() -> decrypt(encrypted.ciphertext(),
				new AttachmentCipher.Sealed(encrypted.sealed().wrappedKey(), Arrays.copyOf(iv, 8)), AAD))
			.isInstanceOf(IntegrityException.class);
	}

	@Test
	void aTamperedWrappedKeyFailsInEveryPart() throws IOException {
		Encrypted encrypted = encrypt(randomBytes(1000));
		// the wrapping IV, the encrypted data key, the wrapping tag
		for (int position : new int[] { 0, AttachmentCipher.IV_BYTES + 3, AttachmentCipher.WRAPPED_KEY_BYTES - 1 }) {
			byte[] wrapped = encrypted.sealed().wrappedKey().clone();
			wrapped[position] ^= 0x01;

			assertThatThrownBy(() -> decrypt(encrypted.ciphertext(),
					new AttachmentCipher.Sealed(wrapped, encrypted.sealed().iv()), AAD))
				.isInstanceOf(IntegrityException.class);
		}
	}

	@Test
	void anotherMasterKeyCannotUnwrap() throws IOException {
		Encrypted encrypted = encrypt(randomBytes(1000));
		AttachmentCipher other = new AttachmentCipher(
				MasterKey.parse(Base64.getEncoder().encodeToString(randomBytes(16))), new SecureRandom());

		assertThatThrownBy(() -> other.verify(new ByteArrayInputStream(encrypted.ciphertext()), encrypted.sealed(),
				AAD))
			.isInstanceOf(IntegrityException.class);
	}

	@Test
	void aFileMovedToAnotherRowFails() throws IOException {
		Encrypted encrypted = encrypt(randomBytes(1000));
		byte[] otherRow = "tsbase-attachment:6ba7b810-9dad-11d1-80b4-00c04fd430c8".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> decrypt(encrypted.ciphertext(), encrypted.sealed(), otherRow))
			.isInstanceOf(IntegrityException.class);
	}
}
