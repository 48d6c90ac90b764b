package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: a completed 2025 round (the demo bases self-evaluated, scored by their districts, graded under
 * a 25 % cap so that one base falls outside it, one base failing a veto item, results published) and a 2026 round
 * open for self-evaluation, all through the module's own services. Made-up content; runs once per database.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(8)
class DemoEvaluation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

	/** 西城区's draft pilot dossier for 2025: the bureau's reason and the district's statement, ready to recommend. */
	private void pilotDossier(CurrentUser bureau) {
		long id = pilotDossiers.build("110102", 2025, bureau);
		pilotDossiers.writeReason(id, pilotDossiers.find(id, bureau).version(),
				"西城区示范基地建设起步早、覆盖面广，年度评估优良率高，整改闭环及时，具备开展全国商业秘密保护创新试点的基础。",
				bureau);
		CurrentUser xicheng = user("demo-officer", Role.DISTRICT_OFFICER, "110102", null);
		pilotDossiers.writeStatement(id, pilotDossiers.find(id, xicheng).version(),
				"西城区将以金融街、中关村科学城西城园为重点，建立商业秘密保护指导员队伍，完善泄密事件应急处置机制，申请开展全国商业秘密保护创新试点。",
				xicheng);
	}

	/** Per demo base (in id order): the share of each indicator's points the district gives; the fourth fails V1. */
	private static final String[] SCORES = { "0.98", "0.95", "0.85", "0.9", "0.75" };

	private final IndicatorSystems systems;
	private final EvaluationRounds rounds;
	private final Evaluations evaluations;
	private final EvaluationRoundRepository roundRepository;
	private final EvaluationRepository evaluationRepository;
	private final Rectifications rectifications;
	private final RectificationRepository rectificationRepository;
	private final PilotDossiers pilotDossiers;

	DemoEvaluation(IndicatorSystems systems, EvaluationRounds rounds, Evaluations evaluations,
			EvaluationRoundRepository roundRepository, EvaluationRepository evaluationRepository,
			Rectifications rectifications, RectificationRepository rectificationRepository,
			PilotDossiers pilotDossiers) {
		this.pilotDossiers = pilotDossiers;
		this.systems = systems;
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.roundRepository = roundRepository;
		this.evaluationRepository = evaluationRepository;
		this.rectifications = rectifications;
		this.rectificationRepository = rectificationRepository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (roundRepository.existsByYear(2025)) {
			return;
		}
		CurrentUser bureau = user("demo-municipal", Role.MUNICIPAL_OFFICER, null, null);
		SystemView pointDefault = systems.createDefault(2025, BaseType.POINT, "demo-municipal");
		SystemView point = systems.copy(pointDefault.id(), 2025, "2025 示范点评价指标", bureau);
		systems.changeGrading(point.id(), point.version(), point.name(), point.thresholds(), 25, CapScope.OVERALL,
				bureau);
		SystemView zone = systems.createDefault(2025, BaseType.ZONE, "demo-municipal");
		long roundId = rounds.open(new EvaluationRounds.Opening(2025, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 27), point.id(), zone.id()), "demo-municipal");
		List<Evaluation> all = evaluationRepository.findByRoundId(roundId)
			.stream()
			.sorted(java.util.Comparator.comparing(Evaluation::getBaseId))
			.toList();
		for (int i = 0; i < all.size(); i++) {
			Evaluation e = all.get(i);
			IndicatorModel content = systems.content(systems.get(e.getSystemId()));
			String score = SCORES[i % SCORES.length];
			boolean vetoFails = i % SCORES.length == 3;
			CurrentUser unit = user("demo-unit", Role.APPLICANT, e.getDistrictCode(), e.getUnitId());
			CurrentUser officer = user("demo-officer", Role.DISTRICT_OFFICER, e.getDistrictCode(), null);
			Map<String, SelfAndDistrictInputs.Self> self = new LinkedHashMap<>();
			Map<String, SelfAndDistrictInputs.District> district = new LinkedHashMap<>();
			for (IndicatorModel.Indicator indicator : content.indicators()) {
				BigDecimal points = indicator.points();
				BigDecimal value = indicator.veto() ? null
						: points.multiply(new BigDecimal(score)).setScale(1, java.math.RoundingMode.HALF_UP);
				self.put(indicator.code(), new SelfAndDistrictInputs.Self("本年度按计划落实，相关记录已归档备查。",
						indicator.veto() ? null : points));
				district.put(indicator.code(), new SelfAndDistrictInputs.District(value,
						indicator.veto() && vetoFails ? "年内发生泄密事件，未按应急预案处置。" : "材料齐全，落实情况基本属实。",
						indicator.veto() && vetoFails && indicator.code().equals("V1")));
			}
			evaluations.writeSelf(e.getId(), version(e), self, unit);
			evaluations.submitSelf(e.getId(), version(e), unit);
			evaluations.score(e.getId(), version(e), district, officer);
			evaluations.propose(e.getId(), version(e), officer);
		}
		rounds.applyCap(roundId, roundRepository.findById(roundId).orElseThrow().getVersion(), bureau);
		rounds.publish(roundId, roundRepository.findById(roundId).orElseThrow().getVersion(), "京市监发〔2026〕21号",
				bureau);
		rectify();
		pilotDossier(bureau);

		SystemView point2026 = systems.createDefault(2026, BaseType.POINT, "demo-municipal");
		SystemView zone2026 = systems.createDefault(2026, BaseType.ZONE, "demo-municipal");
		rounds.open(new EvaluationRounds.Opening(2026, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 20),
				LocalDate.of(2027, 2, 26), point2026.id(), zone2026.id()), "demo-municipal");
		log.info("Demo evaluation: 2025 round published ({} bases), 2026 round open", all.size());
	}

	/**
	 * The 不合格 base's order, proposed on publication: the district issues it and the base files its plan and
	 * progress (left for the district to accept). Without next year's calendar near the year's end it stays proposed.
	 */
	private void rectify() {
		for (Rectification r : rectificationRepository.findAll()) {
			CurrentUser officer = user("demo-officer", Role.DISTRICT_OFFICER, r.getDistrictCode(), null);
			CurrentUser unit = user("demo-unit", Role.APPLICANT, r.getDistrictCode(), r.getUnitId());
			try {
				rectifications.issue(r.getId(), r.getVersion(), "1. 年内发生泄密事件未按应急预案处置：修订应急预案并组织演练\n"
						+ "2. 补齐涉密人员保密协议和离职交接记录", "修订后的应急预案、演练记录、保密协议台账", 10, officer);
			}
			catch (cn.tsbase.calendar.CalendarMissingException missing) {
				log.info("Demo rectification left proposed: {}", missing.getMessage());
				continue;
			}
			long version = rectificationRepository.findById(r.getId()).orElseThrow().getVersion();
			rectifications.file(r.getId(), version, "一个月内修订应急预案并开展一次演练；两周内补签保密协议。",
					"应急预案已修订，待演练；保密协议已补签 36 份。", unit);
		}
	}

	private long version(Evaluation e) {
		return evaluationRepository.findById(e.getId()).orElseThrow().getVersion();
	}

	private static CurrentUser user(String name, Role role, String district, Long unitId) {
		return new CurrentUser(0L, name, null, name, EnumSet.of(role), district, unitId, true, true, false);
	}
}
