package cn.tsbase.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only, after {@link DemoEvaluation}: in the open 2026 round the last demo base has self-evaluated with
 * an evidence file on S1 and submitted, and its district's IP office has commented on S1 (the district may score);
 * 西城区's 2025 pilot dossier lists the district's typical cases the demo case library published.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(9)
class DemoEvaluationExtras implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvaluationExtras.class);

	private final EvaluationRoundRepository rounds;
	private final EvaluationRepository evaluationRepository;
	private final Evaluations evaluations;
	private final IndicatorEvidence evidence;
	private final CoReviews coReviews;
	private final PilotDossiers dossiers;
	private final PilotDossierCases dossierCases;
	private final PdfRenderer pdf;

	DemoEvaluationExtras(EvaluationRoundRepository rounds, EvaluationRepository evaluationRepository,
			Evaluations evaluations, IndicatorEvidence evidence, CoReviews coReviews, PilotDossiers dossiers,
			PilotDossierCases dossierCases, PdfRenderer pdf) {
		this.rounds = rounds;
		this.evaluationRepository = evaluationRepository;
		this.evaluations = evaluations;
		this.evidence = evidence;
		this.coReviews = coReviews;
		this.dossiers = dossiers;
		this.dossierCases = dossierCases;
		this.pdf = pdf;
	}

	@Override
	public void run(ApplicationArguments args) {
		EvaluationRound round = rounds.findByYear(2026).orElse(null);
		if (round == null) {
			return;
		}
		Evaluation e = evaluationRepository.findByRoundId(round.getId())
			.stream()
			.max(Comparator.comparing(Evaluation::getBaseId))
			.orElse(null);
		if (e == null || e.getStatus() != EvaluationStatus.SELF_EVALUATION) {
			return;
		}
		CurrentUser unit = user("demo-unit", Role.APPLICANT, e.getDistrictCode(), e.getUnitId());
		EvaluationView view = evaluations.find(e.getId(), unit);
		Map<String, SelfAndDistrictInputs.Self> self = new LinkedHashMap<>();
		for (IndicatorModel.Indicator indicator : evaluations.system(view).content().indicators()) {
			self.put(indicator.code(), new SelfAndDistrictInputs.Self("本年度按计划落实，相关记录已归档备查。",
					indicator.veto() ? null
							: indicator.points().multiply(new BigDecimal("0.9")).setScale(1, RoundingMode.HALF_UP)));
		}
		evaluations.writeSelf(e.getId(), view.version(), self, unit);
		byte[] file = pdf.render("<html><head><style>body { font-family: cjk; }</style></head><body>"
				+ "<p>领导机构设立文件（演示）：本单位成立商业秘密保护工作领导小组，由总经理任组长。</p></body></html>");
		evidence.add(e.getId(), "S1", "领导机构设立文件.pdf", new ByteArrayInputStream(file), unit);
		evaluations.submitSelf(e.getId(), evaluations.find(e.getId(), unit).version(), unit);
		coReviews.add(e.getId(), "S1", "领导小组文件已见，建议补充年度经费安排的证明材料。",
				user("demo-ip", Role.IP_OFFICER, e.getDistrictCode(), null));

		CurrentUser bureau = user("demo-municipal", Role.MUNICIPAL_OFFICER, null, null);
		CurrentUser xicheng = user("demo-officer", Role.DISTRICT_OFFICER, "110102", null);
		dossiers.list(2025, xicheng, PageRequest.of(0, 1)).forEach(d -> {
			List<Long> ids = dossierCases.candidates(d.id(), xicheng)
				.stream()
				.map(PilotCases.Item::caseId)
				.limit(PilotCases.MAX)
				.toList();
			if (!ids.isEmpty() && d.isDraft()) {
				dossierCases.choose(d.id(), dossiers.find(d.id(), bureau).version(), ids, xicheng);
			}
		});
		log.info("Demo evaluation extras: evaluation {} submitted with evidence and a co-review comment", e.getId());
	}

	private static CurrentUser user(String name, Role role, String district, Long unitId) {
		return new CurrentUser(0L, name, null, name, EnumSet.of(role), district, unitId, true, true, false);
	}
}
