package cn.tsbase.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The HMAC-SM3 key of the audit chain, from configuration ({@code tsbase.audit.hmac-key}). */
@Component
class AuditKey {

	static final int MIN_LENGTH = 32;

	private final byte[] key;

	AuditKey(@Value("${tsbase.audit.hmac-key:}") String key) {
		if (key == null || key.length() < MIN_LENGTH) {
			throw new IllegalStateException("tsbase.audit.hmac-key (environment TSBASE_AUDIT_HMAC_KEY) must be set to "
					+ "a secret of at least " + MIN_LENGTH + " characters");
		}
		this.key = key.getBytes(StandardCharsets.UTF_8);
	}

	/** HMAC-SM3 of the text, as 64 lower-case hex digits. */
	String tag(String content) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		byte[] input = content.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
