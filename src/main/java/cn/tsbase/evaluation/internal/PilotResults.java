package cn.tsbase.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The institutional results (制度性成果) a district lists in its pilot dossier: title, kind, date issued and the
 * document (held by the attachment module, by id and file name), in the order added.
 */
public record PilotResults(List<Item> items) {

	/** The most results a dossier lists. */
	public static final int MAX = 30;

	public static final PilotResults NONE = new PilotResults(List.of());

	public PilotResults {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/** One result and its document. */
	public record Item(long attachmentId, String title, PilotResultKind kind, LocalDate issuedOn, String fileName) {
	}

	PilotResults with(Item item) {
		List<Item> added = new ArrayList<>(items);
		added.add(item);
		return new PilotResults(added);
	}

	PilotResults without(long attachmentId) {
		return new PilotResults(items.stream().filter(i -> i.attachmentId() != attachmentId).toList());
	}

	boolean contains(long attachmentId) {
		return items.stream().anyMatch(i -> i.attachmentId() == attachmentId);
	}

	/** Stores the list as JSON; a dossier without results has none. */
	@Converter
	static class JsonConverter implements AttributeConverter<PilotResults, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(PilotResults results) {
			return results == null || results.items().isEmpty() ? null : JSON.writeValueAsString(results);
		}

		@Override
		public PilotResults convertToEntityAttribute(String json) {
			return json == null || json.isBlank() ? NONE : JSON.readValue(json, PilotResults.class);
		}
	}
}
