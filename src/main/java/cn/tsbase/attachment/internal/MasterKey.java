package cn.tsbase.attachment.internal;

import javax.crypto.SecretKey;

import cn.tsbase.shared.crypto.Sm4Gcm;

/**
 * The master key that wraps every attachment's data key: SM4, 16 bytes, given base64-encoded in
 * {@code tsbase.attachments.master-key} (environment {@code TSBASE_ATTACHMENT_MASTER_KEY} in production). The platform
 * refuses to start without a valid one. The key never appears in a message or log. The same master key wraps the
 * data keys of encrypted fields ({@code cn.tsbase.shared.crypto.FieldEncryption}).
 */
final class MasterKey {

	private MasterKey() {
	}

	static SecretKey parse(String base64) {
		return Sm4Gcm.parseKey(base64, "tsbase.attachments.master-key (environment TSBASE_ATTACHMENT_MASTER_KEY)");
	}
}
