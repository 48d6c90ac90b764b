package cn.tsbase.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tsbase.guidance.internal.AssessmentProfile.ElementProfile;
import cn.tsbase.guidance.internal.AssessmentProfile.Gap;
import cn.tsbase.shared.InvalidRequestException;

/**
 * Properties of the self-assessment scoring, over questionnaires and answers generated from seeds (plain JUnit, ADR
 * 0009): per element the points are those of the options chosen and the maximum the most each question offers, the
 * gaps are exactly the questions answered short, the total is the sum of the elements, and an incomplete answer is
 * refused naming the questions left.
 */
class AssessmentScoringPropertyTests {

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	/** A questionnaire of 1-40 questions spread over the elements (some elements may have none), 2-5 options each. */
	static QuestionnaireView questionnaire(Random random) {
		List<QuestionView> questions = new ArrayList<>();
		int count = 1 + random.nextInt(40);
		long optionId = 1000;
		for (int position = 1; position <= count; position++) {
			List<OptionView> options = new ArrayList<>();
			int optionCount = 2 + random.nextInt(4);
			for (int o = 0; o < optionCount; o++) {
				options.add(new OptionView(optionId++, "选项" + o, random.nextInt(11),
						random.nextBoolean() ? null : "选项建议" + optionId));
			}
			questions.add(new QuestionView(position, position, 1 + random.nextInt(12), "题目" + position,
					"题目建议" + position, options));
		}
		return new QuestionnaireView(1, 1, "问卷", QuestionnaireStatus.IN_USE, true, "system", null, null, questions,
				0);
	}

	static Map<Long, Long> answers(QuestionnaireView questionnaire, Random random) {
		Map<Long, Long> answers = new HashMap<>();
		for (QuestionView question : questionnaire.questions()) {
			answers.put(question.id(), question.options().get(random.nextInt(question.options().size())).id());
		}
		return answers;
	}

	static OptionView chosen(QuestionView question, Map<Long, Long> answers) {
		return question.options().stream().filter(o -> o.id() == answers.get(question.id())).findFirst().orElseThrow();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void eachElementCountsThePointsChosenAgainstTheMostEachQuestionOffers(long seed) {
		Random random = new Random(seed);
		QuestionnaireView questionnaire = questionnaire(random);
		Map<Long, Long> answers = answers(questionnaire, random);
		AssessmentProfile profile = AssessmentScoring.score(questionnaire, answers);

		assertThat(profile.elements()).extracting(ElementProfile::element)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		for (ElementProfile element : profile.elements()) {
			List<QuestionView> questions = questionnaire.ofElement(element.element());
			assertThat(element.score()).isEqualTo(questions.stream().mapToInt(q -> chosen(q, answers).points()).sum());
			assertThat(element.max()).isEqualTo(questions.stream().mapToInt(QuestionView::maxPoints).sum());
			assertThat(element.score()).isBetween(0, element.max());
			assertThat(element.percent()).isBetween(0, 100);
			assertThat(element.level()).isEqualTo(ReadinessLevel.of(element.score(), element.max()));
		}
		assertThat(profile.score()).isEqualTo(profile.elements().stream().mapToInt(ElementProfile::score).sum());
		assertThat(profile.max()).isEqualTo(profile.elements().stream().mapToInt(ElementProfile::max).sum());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theGapsAreExactlyTheQuestionsAnsweredShortWithTheOptionsSuggestionFirst(long seed) {
		Random random = new Random(seed);
		QuestionnaireView questionnaire = questionnaire(random);
		Map<Long, Long> answers = answers(questionnaire, random);
		AssessmentProfile profile = AssessmentScoring.score(questionnaire, answers);

		for (ElementProfile element : profile.elements()) {
			List<QuestionView> shortOnes = questionnaire.ofElement(element.element())
				.stream()
				.filter(q -> chosen(q, answers).points() < q.maxPoints())
				.toList();
			assertThat(element.gaps()).extracting(Gap::position)
				.containsExactlyElementsOf(shortOnes.stream().map(QuestionView::position).toList());
			for (Gap gap : element.gaps()) {
				QuestionView question = questionnaire.questions().get(gap.position() - 1);
				OptionView option = chosen(question, answers);
				assertThat(gap.suggestion())
					.isEqualTo(option.suggestion() == null ? question.suggestion() : option.suggestion());
				assertThat(gap.points()).isLessThan(gap.maxPoints());
			}
			if (element.gaps().isEmpty()) {
				assertThat(element.score()).isEqualTo(element.max());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void fullAnswersLeaveNoGapAndEveryElementGood(long seed) {
		Random random = new Random(seed);
		QuestionnaireView questionnaire = questionnaire(random);
		Map<Long, Long> best = new HashMap<>();
		for (QuestionView question : questionnaire.questions()) {
			best.put(question.id(), question.options()
				.stream()
				.filter(o -> o.points() == question.maxPoints())
				.findFirst()
				.orElseThrow()
				.id());
		}
		AssessmentProfile profile = AssessmentScoring.score(questionnaire, best);
		assertThat(profile.elements()).allSatisfy(e -> {
			assertThat(e.gaps()).isEmpty();
			assertThat(e.level()).isEqualTo(ReadinessLevel.GOOD);
			assertThat(e.percent()).isEqualTo(100);
		});
		assertThat(profile.score()).isEqualTo(profile.max());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void anAnswerMissingOrFromAnotherQuestionIsRefusedNamingTheQuestion(long seed) {
		Random random = new Random(seed);
		QuestionnaireView questionnaire = questionnaire(random);
		Map<Long, Long> answers = answers(questionnaire, random);
		QuestionView left = questionnaire.questions().get(random.nextInt(questionnaire.questions().size()));
		if (random.nextBoolean()) {
			answers.remove(left.id());
		}
		else {
			answers.put(left.id(), 999_999L);
		}
		assertThat(AssessmentScoring.unanswered(questionnaire, answers)).containsExactly(left.position());
		assertThatThrownBy(() -> AssessmentScoring.score(questionnaire, answers))
			.isInstanceOf(InvalidRequestException.class)
			.satisfies(e -> assertThat(((InvalidRequestException) e).arguments())
				.containsExactly(String.valueOf(left.position())));
	}

	@Test
	void theLevelsStartAtEightyAndFiftyPerCent() {
		assertThat(ReadinessLevel.of(8, 10)).isEqualTo(ReadinessLevel.GOOD);
		assertThat(ReadinessLevel.of(79, 100)).isEqualTo(ReadinessLevel.BASIC);
		assertThat(ReadinessLevel.of(5, 10)).isEqualTo(ReadinessLevel.BASIC);
		assertThat(ReadinessLevel.of(49, 100)).isEqualTo(ReadinessLevel.WEAK);
		assertThat(ReadinessLevel.of(0, 8)).isEqualTo(ReadinessLevel.WEAK);
		assertThat(ReadinessLevel.of(0, 0)).isEqualTo(ReadinessLevel.GOOD);
	}

	@Test
	void theGeneratorsMakeGapsAndCompleteElementsBoth() {
		int withGaps = 0;
		int withoutQuestions = 0;
		for (long seed = 0; seed < 300; seed++) {
			Random random = new Random(seed);
			QuestionnaireView questionnaire = questionnaire(random);
			AssessmentProfile profile = AssessmentScoring.score(questionnaire, answers(questionnaire, random));
			withGaps += profile.elements().stream().anyMatch(e -> !e.gaps().isEmpty()) ? 1 : 0;
			withoutQuestions += profile.elements().stream().anyMatch(e -> e.max() == 0) ? 1 : 0;
		}
		assertThat(withGaps).isGreaterThan(200);
		assertThat(withoutQuestions).isGreaterThan(50);
	}
}
