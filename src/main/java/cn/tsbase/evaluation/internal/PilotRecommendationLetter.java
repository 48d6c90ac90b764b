package cn.tsbase.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipal bureau's recommendation letter (推荐函) of a year: the districts it recommends for the national pilot
 * (in the ranking's order, with their totals), its document number and date. One a year; issued, never edited.
 */
@Entity
@Table(name = "pilot_recommendation_letter")
class PilotRecommendationLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "letter_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "document_number", nullable = false, updatable = false)
	private String documentNumber;

	@Column(name = "issued_on", nullable = false, updatable = false)
	private LocalDate issuedOn;

	@Convert(converter = DistrictsConverter.class)
	@Column(nullable = false, updatable = false)
	private List<PilotLetterView.Recommended> districts;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PilotRecommendationLetter() {
	}

	PilotRecommendationLetter(int year, String documentNumber, LocalDate issuedOn, List<PilotLetterView.Recommended> districts,
			String createdBy, Instant createdAt) {
		this.year = year;
		this.documentNumber = documentNumber;
		this.issuedOn = issuedOn;
		this.districts = List.copyOf(districts);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	PilotLetterView view() {
		return new PilotLetterView(id, year, documentNumber, issuedOn, districts, createdBy, createdAt);
	}

	Long getId() {
		return id;
	}

	/** Stores the districts as JSON. */
	@Converter
	static class DistrictsConverter implements AttributeConverter<List<PilotLetterView.Recommended>, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public String convertToDatabaseColumn(List<PilotLetterView.Recommended> districts) {
			return JSON.writeValueAsString(districts);
		}

		@Override
		public List<PilotLetterView.Recommended> convertToEntityAttribute(String json) {
			return JSON.readValue(json, new TypeReference<List<PilotLetterView.Recommended>>() {
			});
		}
	}
}
