package cn.tsbase.reporting.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.tsbase.reporting.internal.Escalations;
import cn.tsbase.reporting.internal.SummaryText;

/** The forms of the annual summary and of escalations. */
final class SummaryForms {

	private SummaryForms() {
	}

	/** The district's text of its summary; {@code year} when it is started, {@code version} when it is saved. */
	record SummaryForm(@Min(2000) @Max(2100) Integer year, @Size(max = 8000) String workDone,
			@Size(max = 8000) String experience, @Size(max = 8000) String problems,
			@Size(max = 8000) String suggestions, Long version) {

		static SummaryForm of(int year, SummaryText text, Long version) {
			return new SummaryForm(year, text.workDone(), text.experience(), text.problems(), text.suggestions(),
					version);
		}

		SummaryText toText() {
			return new SummaryText(clean(workDone), clean(experience), clean(problems), clean(suggestions));
		}
	}

	/** The municipal bureau's decision: a reason to return, an optional note to accept. */
	record DecisionForm(@Size(max = 2000) String text, @NotNull Long version) {
	}

	/** A version-only action (submit). */
	record VersionForm(@NotNull Long version) {
	}

	/** A problem a district raises with the municipal bureau. */
	record EscalationForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description,
			@Size(max = 50) List<Long> baseIds) {

		static EscalationForm empty() {
			return new EscalationForm("", "", List.of());
		}

		Escalations.NewEscalation toEscalation() {
			return new Escalations.NewEscalation(title.strip(), description.strip(),
					baseIds == null ? List.of() : baseIds);
		}
	}

	/** The municipal bureau's answer to an escalation. */
	record AnswerForm(@NotBlank @Size(max = 4000) String answer, @NotNull Long version) {
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
