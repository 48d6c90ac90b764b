package cn.tsbase.evaluation.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The typical cases (典型案例) a district chose from the case library for its pilot dossier: published cases by their
 * public title and case year, as they stood when chosen.
 */
public record PilotCases(List<Item> items) {

	/** The most cases a dossier lists. */
	public static final int MAX = 20;

	public static final PilotCases NONE = new PilotCases(List.of());

	public PilotCases {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/** A chosen published case. */
	public record Item(long caseId, String title, int year) {
	}

	/** Stores the list as JSON; a dossier built before cases could be chosen has none. */
	@Converter
	static class JsonConverter implements AttributeConverter<PilotCases, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(PilotCases cases) {
			return cases == null || cases.items().isEmpty() ? null : JSON.writeValueAsString(cases);
		}

		@Override
		public PilotCases convertToEntityAttribute(String json) {
			return json == null || json.isBlank() ? NONE : JSON.readValue(json, PilotCases.class);
		}
	}
}
