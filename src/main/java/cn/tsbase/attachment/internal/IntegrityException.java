package cn.tsbase.attachment.internal;

/** A stored attachment (or its key material) is not what was stored: tampered, damaged or under another key. */
class IntegrityException extends IllegalStateException {

	IntegrityException(String message) {
		super(message);
	}

	IntegrityException(String message, Throwable cause) {
		super(message, cause);
	}
}
