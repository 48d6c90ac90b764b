package cn.tsbase.evaluation.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

/** Stores an {@link EvaluationSheet} as JSON. */
@Converter
class EvaluationSheetConverter implements AttributeConverter<EvaluationSheet, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(EvaluationSheet sheet) {
		return JSON.writeValueAsString(sheet == null ? EvaluationSheet.EMPTY : sheet);
	}

	@Override
	public EvaluationSheet convertToEntityAttribute(String json) {
		return json == null || json.isBlank() ? EvaluationSheet.EMPTY : JSON.readValue(json, EvaluationSheet.class);
	}
}
