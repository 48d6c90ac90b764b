package cn.tsbase.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

	/** The SHA-1 seed of RFC 6238, appendix B. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private final Totp totp = new Totp();

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void codesMatchTheTestVectorsOfRfc6238(long epochSecond, String expected) {
		long counter = Totp.counterAt(Instant.ofEpochSecond(epochSecond));

		assertThat(Totp.code(RFC_SECRET, counter, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_SECRET, counter, 6)).isEqualTo(expected.substring(2));
	}

	@Test
	void theCodeOfNowAndOfTheNeighbouringStepsAreAcceptedButNoOther() {
		Instant now = Instant.ofEpochSecond(1_111_111_111L);
		long step = Totp.counterAt(now);

		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step, 6), now, 0)).hasValue(step);
		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now, 0)).hasValue(step - 1);
		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now, 0)).hasValue(step + 1);
		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now, 0)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now, 0)).isEmpty();
	}

	@Test
	void aCodeWorksOnlyOnceAndNeverAfterALaterOne() {
		Instant now = Instant.ofEpochSecond(1_234_567_890L);
		long step = Totp.counterAt(now);
		String code = Totp.code(RFC_SECRET, step, 6);

		assertThat(totp.verify(RFC_SECRET, code, now, step - 1)).hasValue(step);
		assertThat(totp.verify(RFC_SECRET, code, now, step)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now, step)).isEmpty();
	}

	@Test
	void malformedCodesAreRefusedAndSpacesAreForgiven() {
		Instant now = Instant.ofEpochSecond(59);
		String code = Totp.code(RFC_SECRET, Totp.counterAt(now), 6);

		assertThat(totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, -10)).isPresent();
		assertThat(totp.verify(RFC_SECRET, null, now, -10)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "", now, -10)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, code + "0", now, -10)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "28708a", now, -10)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "２８７０８２", now, -10)).isEmpty();
	}

	@Test
	void newSecretsAreRandomAndLongEnough() {
		byte[] first = totp.newSecret();
		byte[] second = totp.newSecret();

		assertThat(first).hasSize(Totp.SECRET_BYTES);
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void theProvisioningUriIsWhatAuthenticatorAppsRead() {
		String uri = totp.provisioningUri(RFC_SECRET, "tsbase", "xc officer");

		assertThat(uri).isEqualTo("otpauth://totp/tsbase:xc%20officer?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
				+ "&issuer=tsbase&algorithm=SHA1&digits=6&period=30");
	}

	@ParameterizedTest
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
			"foobar, MZXW6YTBOI" })
	void base32FollowsRfc4648(String plain, String encoded) {
		byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

		assertThat(Base32.encode(bytes)).isEqualTo(encoded);
		assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(bytes);
	}

	@Test
	void base32RefusesForeignCharacters() {
		assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sealedSecretsOpenOnlyForTheirAccountAndUnderTheirKey() {
		SecondFactorSealer sealer = new SecondFactorSealer("dGVzdC1vbmx5LTJmYS1rZQ==");
		String sealed = sealer.seal(RFC_SECRET, "alice");

		assertThat(sealed).doesNotContain(Base32.encode(RFC_SECRET));
		assertThat(sealer.open(sealed, "alice")).isEqualTo(RFC_SECRET);
		assertThatThrownBy(() -> sealer.open(sealed, "bob")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecondFactorSealer("ZGVtby1vbmx5LTJmYS1rZQ==").open(sealed, "alice"))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecondFactorSealer("")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecondFactorSealer("AAAAAAAAAAAAAAAAAAAAAA==")).isInstanceOf(IllegalStateException.class);
	}

	/** Sealed by the sealer's own SM4 code before it moved onto {@code Sm4Gcm}: enrolled factors keep working. */
	@Test
	void aSecretSealedBeforeTheSealerUsedTheSharedSm4HelperStillOpens() {
		SecondFactorSealer sealer = new SecondFactorSealer("dGVzdC1vbmx5LTJmYS1rZQ==");
		String sealedByTheFormerCode = "sNTiSMySQRKpqfF76BIkJOscgn43hjKqkKqrfqM7LVIWlriDpIb+2qHkpqbyySE0";

		assertThat(sealer.open(sealedByTheFormerCode, "alice")).isEqualTo(RFC_SECRET);
		assertThatThrownBy(() -> sealer.open(sealedByTheFormerCode, "bob")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theSealerHasNoSm4CodeOfItsOwn() throws Exception {
		String source = java.nio.file.Files.readString(java.nio.file.Path.of(
				"src/main/java/cn/tsbase/account/internal/SecondFactorSealer.java"));

		assertThat(source).contains("Sm4Gcm.seal(").contains("Sm4Gcm.open(").doesNotContain("Cipher.getInstance")
			.doesNotContain("BouncyCastleProvider");
	}
}
