package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: the demo unit of {@code xc_unit} answered the platform's default questionnaire last year (kept to
 * itself) and this year, and shares this year's result with 西城区, so the district sees it and the unit sees the
 * comparison over the two years. Runs once per database (nothing happens once the unit has a result).
 */
@Component
@Profile("demo & !prod & !bench")
@Order(9)
class DemoSelfAssessment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSelfAssessment.class);
	private static final String DEMO_UNIT_USCC = "91110102MA01A1B21E";

	/** The option chosen (0 = full points) per question position, this year and last year. */
	private static final int[] THIS_YEAR = { 0, 1, 0, 0, 1, 2, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 2 };
	private static final int[] LAST_YEAR = { 1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 0, 1, 1, 2, 1, 2, 1, 1, 1, 1, 2, 2, 2, 2 };

	private final OrganizationManagement organization;
	private final SelfAssessmentRepository results;
	private final QuestionnaireRepository questionnaires;
	private final SelfAssessments assessments;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoSelfAssessment(OrganizationManagement organization, SelfAssessmentRepository results,
			QuestionnaireRepository questionnaires, SelfAssessments assessments, TransactionTemplate transactions,
			Clock clock) {
		this.organization = organization;
		this.results = results;
		this.questionnaires = questionnaires;
		this.assessments = assessments;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		UnitSummary unit = organization.findByUscc(DEMO_UNIT_USCC).orElse(null);
		if (unit == null || !results.findByUnitIdOrderByAssessmentYearDesc(unit.id()).isEmpty()) {
			return;
		}
		QuestionnaireView view = transactions.execute(s -> questionnaires.findFirstByStatus(QuestionnaireStatus.IN_USE)
			.map(Questionnaire::toView)
			.orElse(null));
		if (view == null || view.questions().size() != THIS_YEAR.length) {
			return;
		}
		int year = LocalDate.now(clock).getYear();
		transactions.executeWithoutResult(s -> {
			Questionnaire used = questionnaires.findById(view.id()).orElseThrow();
			Map<Long, Long> answers = answers(view, LAST_YEAR);
			SelfAssessment last = new SelfAssessment(unit.id(), unit.name(), unit.uscc(), unit.districtCode(),
					year - 1);
			last.answer(used, answers, AssessmentScoring.score(view, answers), "xc_unit",
					LocalDate.of(year - 1, 11, 20).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
			results.save(last);
		});
		CurrentUser user = new CurrentUser(0L, "xc_unit", null, "xc_unit", EnumSet.of(Role.APPLICANT),
				unit.districtCode(), unit.id(), true, true, false);
		long id = assessments.submit(view.id(), answers(view, THIS_YEAR), user);
		long version = transactions.execute(s -> results.findById(id).orElseThrow().toView(null).version());
		assessments.share(id, version, user);
		log.info("Demo self-assessment: {} answered in {} and {}, this year shared with its district", unit.name(),
				year - 1, year);
	}

	private static Map<Long, Long> answers(QuestionnaireView questionnaire, int[] choices) {
		Map<Long, Long> answers = new HashMap<>();
		for (int i = 0; i < questionnaire.questions().size(); i++) {
			QuestionView question = questionnaire.questions().get(i);
			answers.put(question.id(), question.options().get(Math.min(choices[i], question.options().size() - 1)).id());
		}
		return answers;
	}
}
