package cn.tsbase.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text attribute encrypted ({@link FieldEncryption}): {@code @Convert(converter = EncryptedText.class)} on
 * the field, the column wide enough for the encrypted form, and the column listed in an {@link EncryptedColumns} bean
 * so that plain rows written before are encrypted at start-up. An encrypted column cannot be compared in a query
 * (every value has its own IV); look-ups by equality go through a blind-index column.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

	private final FieldEncryption encryption;

	public EncryptedText(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return encryption.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return encryption.decrypt(column);
	}
}
