package cn.tsbase.guidance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tsbase.guidance.internal.AssessmentProfile.ElementProfile;
import cn.tsbase.guidance.internal.AssessmentProfile.Gap;
import cn.tsbase.shared.InvalidRequestException;

/**
 * Scores a self-assessment: per management element, the points of the options chosen against the most each question
 * offers; a question answered short of its most points is a gap, with the chosen option's suggestion or, if it has
 * none, the question's. No database, no clock: the same questionnaire and answers always give the same profile.
 */
public final class AssessmentScoring {

	private AssessmentScoring() {
	}

	/** The positions of the questions without a valid answer (none answered, or an option of another question). */
	public static List<Integer> unanswered(QuestionnaireView questionnaire, Map<Long, Long> answers) {
		return questionnaire.questions()
			.stream()
			.filter(q -> chosen(q, answers) == null)
			.map(QuestionView::position)
			.toList();
	}

	/** The profile of complete answers; refused when a question has no valid answer. */
	public static AssessmentProfile score(QuestionnaireView questionnaire, Map<Long, Long> answers) {
		List<Integer> missing = unanswered(questionnaire, answers);
		if (!missing.isEmpty()) {
			throw new InvalidRequestException("guidance.assessment.unanswered", positions(missing));
		}
		List<ElementProfile> elements = new ArrayList<>();
		int total = 0;
		int totalMax = 0;
		for (int element = 1; element <= Questionnaire.ELEMENTS; element++) {
			int score = 0;
			int max = 0;
			List<Gap> gaps = new ArrayList<>();
			for (QuestionView question : questionnaire.ofElement(element)) {
				OptionView option = chosen(question, answers);
				int most = question.maxPoints();
				score += option.points();
				max += most;
				if (option.points() < most) {
					String suggestion = option.suggestion() == null || option.suggestion().isBlank()
							? question.suggestion() : option.suggestion();
					gaps.add(new Gap(question.position(), question.text(), option.label(), option.points(), most,
							suggestion));
				}
			}
			elements.add(new ElementProfile(element, score, max, ReadinessLevel.of(score, max), List.copyOf(gaps)));
			total += score;
			totalMax += max;
		}
		return new AssessmentProfile(total, totalMax, List.copyOf(elements));
	}

	/** "1、3、5": positions as the validation message names them. */
	public static String positions(List<Integer> positions) {
		return positions.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("");
	}

	private static OptionView chosen(QuestionView question, Map<Long, Long> answers) {
		Long optionId = answers.get(question.id());
		if (optionId == null) {
			return null;
		}
		return question.options().stream().filter(o -> o.id() == optionId).findFirst().orElse(null);
	}
}
