package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyTests {

	@Test
	void acceptsTheBase64Of16Bytes() {
		assertThat(MasterKey.parse("dGVzdC1vbmx5LWtleS0wMQ==").getEncoded()).hasSize(16);
		assertThat(MasterKey.parse(" dGVzdC1vbmx5LWtleS0wMQ==\n").getAlgorithm()).isEqualTo("SM4");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "not base64 at all!", "c2hvcnQta2V5", "dGhpcnR5LXR3by1ieXRlcy1rZXktZm9yLWFlcy0yNTY=",
			"AAAAAAAAAAAAAAAAAAAAAA==" })
	void refusesAMissingMalformedWrongSizeOrAllZeroKeyWithoutShowingIt(String key) {
		assertThatThrownBy(() -> MasterKey.parse(key)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tsbase.attachments.master-key")
			.hasMessageContaining("TSBASE_ATTACHMENT_MASTER_KEY")
			.satisfies(e -> {
				if (key != null && !key.isBlank()) {
					assertThat(e.getMessage()).doesNotContain(key.trim());
				}
			});
	}

	@Test
	void thePlatformRefusesToStartWithoutAValidKey() {
		AttachmentProperties properties = new AttachmentProperties(null, null, null, null, 0, null);
		AttachmentConfiguration configuration = new AttachmentConfiguration();
		String notSixteenBytes = Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3 });

		for (String key : new String[] { "", notSixteenBytes }) {
			assertThatThrownBy(
					() -> configuration.attachmentService(null, properties, key, null, null, null))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("tsbase.attachments.master-key");
		}
	}
}
