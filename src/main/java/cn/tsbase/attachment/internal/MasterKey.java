package cn.tsbase.attachment.internal;

import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key that wraps every attachment's data key: SM4, 16 bytes, given base64-encoded in
 * {@code tsbase.attachments.master-key} (environment {@code TSBASE_ATTACHMENT_MASTER_KEY} in production). The platform
 * refuses to start without a valid one. The key never appears in a message or log.
 */
final class MasterKey {

	static final int LENGTH = 16;

	private MasterKey() {
	}

	static SecretKey parse(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw invalid("is not set");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw invalid("is not valid base64");
		}
		if (key.length != LENGTH) {
			throw invalid("decodes to " + key.length + " bytes instead of " + LENGTH);
		}
		boolean allZero = true;
		for (byte b : key) {
			allZero &= b == 0;
		}
		if (allZero) {
			throw invalid("is all zeros");
		}
		return new SecretKeySpec(key, "SM4");
	}

	private static IllegalStateException invalid(String problem) {
		return new IllegalStateException("tsbase.attachments.master-key (environment TSBASE_ATTACHMENT_MASTER_KEY) "
				+ problem + ": it must be the base64 encoding of " + LENGTH + " random bytes, for example from "
				+ "'openssl rand -base64 16'");
	}
}
