package cn.tsbase.shared.crypto;

/** An encrypted field cannot be read back: not encrypted, malformed, an unknown key, or a failed tag. */
public class FieldIntegrityException extends IllegalStateException {

	FieldIntegrityException(String message) {
		super(message);
	}
}
