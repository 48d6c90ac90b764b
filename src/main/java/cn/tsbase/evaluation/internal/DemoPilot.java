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

import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only, after {@link DemoEvaluation}: 东城区's 2025 dossier went the whole way, so that the pilot pages
 * show a district in the pilot next to 西城区's draft: the district compiled and submitted it, the bureau scored it and
 * recommended it in the year's letter; the national bureau approved it, the pilot started, and the district filed its
 * report of the first half of 2026 (left for the bureau to accept). Made-up content; runs once, while 2025 has no
 * letter. 西城区's draft is therefore not in the 2025 letter: the bureau can still recommend it on its own.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(11)
class DemoPilot implements ApplicationRunner {

	static final String DONGCHENG = "110101";

	private static final Logger log = LoggerFactory.getLogger(DemoPilot.class);

	private final PilotDossiers dossiers;
	private final PilotDossierApplication application;
	private final PilotDossierScoring scoring;
	private final PilotLetters letters;
	private final DistrictPilots pilots;
	private final PilotProgressReports reports;

	DemoPilot(PilotDossiers dossiers, PilotDossierApplication application, PilotDossierScoring scoring,
			PilotLetters letters, DistrictPilots pilots, PilotProgressReports reports) {
		this.dossiers = dossiers;
		this.application = application;
		this.scoring = scoring;
		this.letters = letters;
		this.pilots = pilots;
		this.reports = reports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (dossiers.publishedYears().stream().noneMatch(y -> y == 2025) || letters.ofYear(2025).isPresent()) {
			return;
		}
		CurrentUser bureau = user(Role.MUNICIPAL_OFFICER, null);
		CurrentUser dongcheng = user(Role.DISTRICT_OFFICER, DONGCHENG);
		long id = dossiers.build(DONGCHENG, 2025, bureau);
		dossiers.writeReason(id, dossiers.find(id, bureau).version(),
				"东城区示范基地覆盖老字号、文化和数字经济企业，指导服务机制健全，泄密事件处置及时，具备开展试点的条件。", bureau);
		application.writeWorkPlan(id, dossiers.find(id, dongcheng).version(), RichText.sanitize("""
				一、总体目标：以王府井、东二环商务区为重点，形成可复制的商业秘密保护工作机制。

				二、主要任务：建立区级商业秘密保护工作站；开展老字号企业技术秘密梳理；建立行政保护与司法衔接机制。"""),
				dongcheng);
		dossiers.writeStatement(id, dossiers.find(id, dongcheng).version(),
				"东城区申请开展全国商业秘密保护创新试点，重点探索老字号传统技艺和数字经济数据类商业秘密的保护路径。", dongcheng);
		dossiers.submit(id, dossiers.find(id, dongcheng).version(), dongcheng);
		Map<String, PilotScores.Entry> scores = new LinkedHashMap<>();
		String[] given = { "18", "17.5", "17", "16.5", "18" };
		for (int i = 0; i < given.length; i++) {
			scores.put("P" + (i + 1), new PilotScores.Entry(new BigDecimal(given[i]), "材料充分，措施具体。"));
		}
		scoring.score(id, dossiers.find(id, bureau).version(), scores, bureau);
		letters.issue(2025, "京市监函〔2026〕12号", LocalDate.of(2026, 3, 10), List.of(id), bureau);

		DistrictPilotView pilot = pilots.list(bureau)
			.stream()
			.filter(p -> p.dossierId() == id)
			.findFirst()
			.orElseThrow();
		pilots.record(pilot.id(), pilot.version(), PilotStage.APPROVED, LocalDate.of(2026, 4, 20),
				"国市监竞争函〔2026〕15号", "第四批全国商业秘密保护创新试点", bureau);
		pilots.record(pilot.id(), pilots.find(pilot.id(), bureau).version(), PilotStage.IN_PILOT,
				LocalDate.of(2026, 5, 8), "东政发〔2026〕9号", "区政府印发试点实施方案", bureau);
		reports.file(pilot.id(), 2026, 1, "上半年建成区级商业秘密保护工作站 1 个、街道联络点 6 个；为 12 家老字号企业梳理技术秘密清单；"
				+ "与区法院建立诉前调解对接机制。", new PilotProgressFigures(8, 620, 45, 2, 3), dongcheng);
		log.info("Demo pilot: {}'s 2025 dossier {} recommended, in the pilot, first half of 2026 reported", DONGCHENG,
				id);
	}

	private static CurrentUser user(Role role, String district) {
		String name = role == Role.MUNICIPAL_OFFICER ? "demo-municipal" : "demo-officer";
		return new CurrentUser(0L, name, null, name, EnumSet.of(role), district, null, true, true, false);
	}
}
