package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.shared.security.Role;

/**
 * The national pilot dossier (全国试点推荐), counted by hand: 延庆 (no other test's data) has three points and one
 * zone; in the year's published round two points and the zone pass, one point fails a veto item (one rectification
 * proposed); a revocation of a point is pending; no activity, report, visit, incident or case in that year. The bureau
 * builds the dossier (not from an unpublished year, not twice), the district adds its statement and work plan and
 * submits (not without a work plan), the bureau writes its reason and recommends (not before submission, not with a
 * stale version); then everything is frozen; another district
 * sees nothing; the PDF holds the figures; every step audited.
 */
@IntegrationTest
class PilotDossierTests {

	static final String YANQING = "110119";
	static final String HAIDIAN = "110108";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Revocations revocations;

	@Autowired
	Clock clock;

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from pilot_dossier where id = ?", Long.class, id);
	}

	long audited(String event, long id) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and object_id = ?", Long.class,
				event, String.valueOf(id));
	}

	@Test
	void theBureauBuildsTheDistrictAppliesAndTheBureauRecommendsWithHandCountedFigures() throws Exception {
		int year = EvaluationFixtures.nextYear();
		int unpublished = EvaluationFixtures.nextYear();
		LocalDate date = EvaluationFixtures.nextDate();
		fixtures.designate("试点甲公司", YANQING, BaseType.POINT, date);
		EvaluationFixtures.Designated pending = fixtures.designate("试点乙公司", YANQING, BaseType.POINT, date);
		EvaluationFixtures.Designated failing = fixtures.designate("试点丙公司", YANQING, BaseType.POINT, date);
		fixtures.designate("试点丁园区", YANQING, BaseType.ZONE, date);
		published.publish(year, date, Set.of(failing.baseId()));
		revocations.propose(pending.baseId(), "申报材料存疑", 5, PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null));

		// only the bureau builds, only from published results, once per district and year
		mvc.perform(post("/evaluation/pilot-dossiers").with(district(YANQING)).with(csrf())
			.param("district", YANQING)
			.param("year", String.valueOf(year))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers").with(municipal()).with(csrf())
			.param("district", YANQING)
			.param("year", String.valueOf(unpublished))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers").with(municipal()).with(csrf()).param("district", YANQING))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请检查标注的内容")));
		mvc.perform(post("/evaluation/pilot-dossiers").with(municipal()).with(csrf())
			.param("district", YANQING)
			.param("year", String.valueOf(year))).andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select id from pilot_dossier where district_code = ? and dossier_year = ?",
				Long.class, YANQING, year);
		mvc.perform(post("/evaluation/pilot-dossiers").with(municipal()).with(csrf())
			.param("district", YANQING)
			.param("year", String.valueOf(year))).andExpect(status().isConflict());

		// the district's figures, as counted by hand
		mvc.perform(get("/api/v1/pilot-dossiers/{id}", id).with(district(YANQING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.year").value(year))
			.andExpect(jsonPath("$.figures.activePoints").value(3))
			.andExpect(jsonPath("$.figures.activeZones").value(1))
			.andExpect(jsonPath("$.figures.excellent").value(0))
			.andExpect(jsonPath("$.figures.good").value(0))
			.andExpect(jsonPath("$.figures.pass").value(3))
			.andExpect(jsonPath("$.figures.fail").value(1))
			.andExpect(jsonPath("$.figures.rectificationsOrdered").value(1))
			.andExpect(jsonPath("$.figures.rectificationsOpen").value(1))
			.andExpect(jsonPath("$.figures.rectificationsAccepted").value(0))
			.andExpect(jsonPath("$.figures.basesRevoked").value(0))
			.andExpect(jsonPath("$.figures.revocationsPending").value(1))
			.andExpect(jsonPath("$.figures.trainings").value(0))
			.andExpect(jsonPath("$.figures.incidents").value(0))
			.andExpect(jsonPath("$.figures.medianResponseMinutes").doesNotExist());
		mvc.perform(get("/api/v1/pilot-dossiers/{id}", id).with(district(HAIDIAN))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district(HAIDIAN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/pilot-dossiers").param("year", String.valueOf(year)).with(district(HAIDIAN)))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/pilot-dossiers").param("year", String.valueOf(year)).with(district(YANQING)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id));
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district(YANQING)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示范点 3 家，示范区 1 家")))
			.andExpect(content().string(containsString("参评 4 家：优秀 0，良好 0，合格 3，不合格 1")))
			.andExpect(content().string(containsString("pilotStatementForm")))
			.andExpect(content().string(not(containsString("pilotRecommendForm"))));

		// no recommendation before submission; the district applies; the bureau writes its reason
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/statement", id).with(municipal()).with(csrf())
			.param("statement", "市局代填")
			.param("version", String.valueOf(version(id)))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/statement", id).with(district(YANQING)).with(csrf())
			.param("statement", "延庆区申请开展全国商业秘密保护创新试点")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/reason", id).with(municipal()).with(csrf())
			.param("reason", " ")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请检查标注的内容")));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/reason", id).with(municipal()).with(csrf())
			.param("reason", "示范基地全部参评，整改闭环及时")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());

		// the district submits: not without a work plan; then it can no longer change the dossier
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district(YANQING)).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/work-plan", id).with(district(YANQING)).with(csrf())
			.param("workPlan", "延庆区试点工作方案")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/submit", id).with(district(YANQING)).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/statement", id).with(district(YANQING)).with(csrf())
			.param("statement", "提交后再改")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());

		// the bureau scores the submitted dossier per criterion; not recommended before it is scored
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/scores", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("score_P1", "18").param("score_P2", "17").param("score_P3", "16").param("score_P4", "15")
			.param("score_P5", "14").param("comment_P1", "区政府高度重视")).andExpect(status().is3xxRedirection());

		// recommended: not with a stale version; then frozen
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id) - 1))).andExpect(status().isConflict());
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/recommend", id).with(municipal()).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/pilot-dossiers/{id}", id).with(municipal()))
			.andExpect(jsonPath("$.status").value("RECOMMENDED"))
			.andExpect(jsonPath("$.recommendedOn").value(LocalDate.now(clock).toString()))
			.andExpect(jsonPath("$.reason").value("示范基地全部参评，整改闭环及时"))
			.andExpect(jsonPath("$.statement").value("延庆区申请开展全国商业秘密保护创新试点"))
			.andExpect(jsonPath("$.figures.pass").value(3));
		mvc.perform(post("/evaluation/pilot-dossiers/{id}/statement", id).with(district(YANQING)).with(csrf())
			.param("statement", "再改")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		mvc.perform(get("/evaluation/pilot-dossiers/{id}", id).with(district(YANQING)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已推荐")))
			.andExpect(content().string(not(containsString("pilotStatementForm"))));

		// the dossier as PDF
		byte[] pdf = mvc.perform(get("/evaluation/pilot-dossiers/{id}/dossier.pdf", id).with(district(YANQING)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("延庆区", "示范点3家，示范区1家", "合格3", "示范基地全部参评，整改闭环及时",
					"延庆区申请开展全国商业秘密保护创新试点");
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("PILOT_DOSSIER_CREATED", id) == 1 && audited("PILOT_DOSSIER_STATEMENT_SAVED", id) == 1
					&& audited("PILOT_DOSSIER_SUBMITTED", id) == 1
					&& audited("PILOT_DOSSIER_REASON_SAVED", id) == 1 && audited("PILOT_DOSSIER_RECOMMENDED", id) == 1
					&& audited("PILOT_DOSSIER_DOWNLOADED", id) == 1);
	}
}
