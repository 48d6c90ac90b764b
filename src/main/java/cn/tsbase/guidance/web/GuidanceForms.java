package cn.tsbase.guidance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tsbase.guidance.internal.CheckedItem;
import cn.tsbase.guidance.internal.GuidanceMode;
import cn.tsbase.guidance.internal.VisitRecord;

/** The guidance forms. */
final class GuidanceForms {

	private GuidanceForms() {
	}

	record AppointForm(@NotNull Long accountId, @NotBlank @Size(max = 200) String expertise,
			@Size(max = 30) @Pattern(regexp = "^$|^[0-9+\\- ]{5,30}$", message = "{guidance.officer.phone.invalid}") String phone,
			@Size(max = 100) @Email String email) {

		static AppointForm empty() {
			return new AppointForm(null, "", "", "");
		}
	}

	record RequestForm(@NotEmpty List<String> topics, @NotNull GuidanceMode mode,
			@NotBlank @Size(max = 2000) String description) {

		static RequestForm empty() {
			return new RequestForm(List.of(), GuidanceMode.ON_SITE, "");
		}
	}

	record RecommendationForm(@Size(max = 1000) String text, LocalDate dueOn) {
	}

	static final int RECOMMENDATION_ROWS = 3;

	record VisitForm(@NotNull Long unitId, Long requestId, @NotNull @PastOrPresent LocalDate visitedOn,
			@NotNull GuidanceMode mode, @NotBlank @Size(max = 500) String participants, @NotEmpty List<String> topics,
			List<CheckedItem> checked, @NotBlank @Size(max = 4000) String findings,
			@Valid List<RecommendationForm> recommendations) {

		static VisitForm empty(Long unitId, Long requestId, GuidanceMode mode) {
			List<RecommendationForm> rows = new ArrayList<>();
			for (int i = 0; i < RECOMMENDATION_ROWS; i++) {
				rows.add(new RecommendationForm("", null));
			}
			return new VisitForm(unitId, requestId, null, mode, "", List.of(), List.of(), "", rows);
		}

		/** The rows with a text; each of them needs a due day (the index of the first without one, or -1). */
		int firstRecommendationWithoutDueDay() {
			List<RecommendationForm> rows = recommendations == null ? List.of() : recommendations;
			for (int i = 0; i < rows.size(); i++) {
				RecommendationForm row = rows.get(i);
				if (row != null && row.text() != null && !row.text().isBlank() && row.dueOn() == null) {
					return i;
				}
			}
			return -1;
		}

		VisitRecord toRecord() {
			List<VisitRecord.Recommendation> made = (recommendations == null ? List.<RecommendationForm>of()
					: recommendations)
				.stream()
				.filter(r -> r != null && r.text() != null && !r.text().isBlank())
				.map(r -> new VisitRecord.Recommendation(r.text().strip(), r.dueOn()))
				.toList();
			return new VisitRecord(visitedOn, mode, participants.strip(), topics.stream().distinct().toList(),
					checked == null ? List.of() : checked.stream().distinct().toList(), findings.strip(), made);
		}
	}
}
