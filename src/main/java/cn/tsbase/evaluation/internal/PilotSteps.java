package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stages a district's pilot went through, oldest first: stage, date, document number, note, who and when. */
public record PilotSteps(List<Step> steps) {

	public PilotSteps {
		steps = List.copyOf(steps);
	}

	public record Step(PilotStage stage, LocalDate on, String documentNumber, String note, String recordedBy,
			Instant recordedAt) {
	}

	PilotSteps with(Step step) {
		List<Step> all = new ArrayList<>(steps);
		all.add(step);
		return new PilotSteps(all);
	}

	public Step last() {
		return steps.get(steps.size() - 1);
	}

	/** Stores the steps as JSON. */
	@Converter
	static class JsonConverter implements AttributeConverter<PilotSteps, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(PilotSteps steps) {
			return JSON.writeValueAsString(steps.steps());
		}

		@Override
		public PilotSteps convertToEntityAttribute(String json) {
			return new PilotSteps(JSON.readValue(json, new TypeReference<List<Step>>() {
			}));
		}
	}
}
