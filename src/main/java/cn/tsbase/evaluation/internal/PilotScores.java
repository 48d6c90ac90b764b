package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

/** The municipal bureau's score and comment per criterion ({@link PilotCriteria}) of a pilot dossier. */
public record PilotScores(Map<String, Entry> entries) {

	public static final PilotScores NONE = new PilotScores(Map.of());

	public PilotScores {
		entries = entries == null ? Map.of() : new LinkedHashMap<>(entries);
	}

	/** One criterion's score and the reason for it. */
	public record Entry(BigDecimal score, String comment) {
	}

	public BigDecimal total() {
		return entries.values().stream().map(Entry::score).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Entry entry(String code) {
		return entries.get(code);
	}

	/** Stores the scores as JSON. */
	@Converter
	static class JsonConverter implements AttributeConverter<PilotScores, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(PilotScores scores) {
			return scores == null || scores.entries().isEmpty() ? null : JSON.writeValueAsString(scores);
		}

		@Override
		public PilotScores convertToEntityAttribute(String json) {
			return json == null || json.isBlank() ? NONE : JSON.readValue(json, PilotScores.class);
		}
	}
}
