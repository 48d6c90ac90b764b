package cn.tsbase.notification.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notification's message arguments, stored as a JSON array of strings. */
@Converter
class MessageArguments implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> arguments) {
		return JSON.writeValueAsString(arguments == null ? List.of() : arguments);
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		return json == null || json.isBlank() ? List.of() : JSON.readValue(json, STRINGS);
	}
}
