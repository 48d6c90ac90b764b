package cn.tsbase.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.FieldHints;
import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Field hints (issue 11) on the forms of guidance, casework and reporting: every field a user types into or chooses
 * in shows a hint under it, in Chinese and in English, and is described by it (and by its error when it has one).
 */
@IntegrationTest
class OperationFormHintTests {

	static final String XICHENG = "110102";

	static final String[] LANGUAGES = { "zh_CN", "en" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MutableClock clock;

	private final RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private long idFrom(String location) {
		return Long.parseLong(location.replaceAll("\\D+(\\d+)(/edit)?$", "$1"));
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void theIncidentTheResponseTheClosingTheCaseAndTheRejectionFormsHintEveryField() throws Exception {
		long unitId = units.register("北京" + UUID.randomUUID().toString().substring(0, 6) + "提示科技有限公司", XICHENG)
			.unit().getId();
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, unitId);
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get("/casework/incidents/new").param("lang", language), unit),
					"#incidentForm");
			FieldHints.assertEveryFieldHinted(page(get("/casework/cases/new").param("lang", language), district),
					"#caseForm");
		}
		// a field with an error is described by the error and the hint
		Document refused = Jsoup.parse(mvc.perform(post("/casework/incidents").with(csrf()).with(unit)
			.param("discoveredOn", "2026-03-01")
			.param("remedy", "CIVIL")).andReturn().getResponse().getContentAsString());
		assertThat(refused.getElementById("description").attr("aria-describedby"))
			.isEqualTo("description-error description-hint");
		assertThat(refused.getElementById("description-hint").text()).contains("5000");
		FieldHints.assertEveryFieldHinted(refused, "#incidentForm");

		String location = mvc.perform(post("/casework/incidents").with(csrf()).with(unit)
			.param("discoveredOn", "2026-03-01")
			.param("origin", "EXTERNAL")
			.param("intent", "ACCIDENTAL")
			.param("secretCategory", "BUSINESS")
			.param("channel", "THIRD_PARTY")
			.param("description", "合作方误发报价单")
			.param("remedy", "UNDECIDED"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long incident = idFrom(location);
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get(location).param("lang", language), district), "#responseForm");
		}
		mvc.perform(post("/casework/incidents/{id}/response", incident).with(csrf()).with(district)
			.param("firstContact", LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).withSecond(0)
				.withNano(0).toString())
			.param("measures", "电话联系")
			.param("referral", "NONE")
			.param("version", String.valueOf(version("leak_incident", incident))))
			.andExpect(status().is3xxRedirection());
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get(location).param("lang", language), district), "#closeForm");
		}

		String written = mvc.perform(post("/casework/cases").with(csrf()).with(unit)
			.param("year", "2026")
			.param("secretKind", "BUSINESS")
			.param("industryCode", "SOFTWARE_IT")
			.param("infringementForm", "THIRD_PARTY")
			.param("title", "合作方误发报价单案")
			.param("facts", "合作方误发报价单。")
			.param("handling", "调解。")
			.param("significance", "约定保密义务。"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long caseId = idFrom(written);
		mvc.perform(post("/casework/cases/{id}/submit", caseId).with(csrf()).with(unit)
			.param("version", String.valueOf(version("typical_case", caseId)))).andExpect(status().is3xxRedirection());
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get(written).param("lang", language), district), "#rejectCase");
		}
	}

	@Test
	void theGuidanceOfficerPoolRequestAssignmentAndVisitFormsHintEveryField() throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "保密制度")
			.param("phone", "13812345678")
			.param("email", "guide@example.com")).andExpect(status().is3xxRedirection());
		long officerId = jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class,
				account.getId());
		var registered = units.register("北京" + UUID.randomUUID().toString().substring(0, 6) + "提示仪器有限公司",
				XICHENG);
		mvc.perform(post("/guidance/officers/{id}/units", officerId).with(district)
			.with(csrf())
			.param("uscc", registered.unit().getUscc())).andExpect(status().is3xxRedirection());
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, registered.unit().getId());
		String request = mvc.perform(post("/guidance/requests").with(csrf()).with(unit)
			.param("topics", "TRAINING")
			.param("mode", "ONLINE")
			.param("description", "希望开展保密培训"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		accounts.official(Role.GUIDANCE_OFFICER, XICHENG); // one left to appoint: the appointment form has its fields
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get("/guidance/requests").param("lang", language), unit),
					"#requestForm");
			FieldHints.assertEveryFieldHinted(page(get(request).param("lang", language), district),
					"#assignRequestForm");
			FieldHints.assertEveryFieldHinted(page(get("/guidance/officers").param("lang", language), district),
					"#appointForm");
			Document officer = page(get("/guidance/officers/{id}", officerId).param("lang", language), district);
			FieldHints.assertEveryFieldHinted(officer, "#assignBaseForm");
			FieldHints.assertEveryFieldHinted(officer, "#assignUnitForm");
			FieldHints.assertEveryFieldHinted(page(get("/guidance/pool").param("lang", language), district),
					"#poolForm");
			Document visit = page(get("/guidance/visits/new").param("lang", language), Principals.as(account));
			FieldHints.assertEveryFieldHinted(visit, "#visitForm");
			assertThat(visit.selectFirst("fieldset[aria-describedby=topics-hint]")).isNotNull();
		}
		String recorded = mvc.perform(post("/guidance/visits").with(Principals.as(account))
			.with(csrf())
			.param("unitId", String.valueOf(registered.unit().getId()))
			.param("visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
			.param("mode", "ONLINE")
			.param("participants", "法务部王某")
			.param("topics", "TRAINING")
			.param("findings", "尚未建立培训记录。"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(page(get(recorded).param("lang", language), unit), "#commentVisitForm");
		}
	}

	@Test
	void theFollowUpBoxesOfTheVisitTableAndTheQuestionnaireEditorHintEveryField() throws Exception {
		TestAccount account = accounts.official(Role.GUIDANCE_OFFICER, XICHENG);
		mvc.perform(post("/guidance/officers").with(district)
			.with(csrf())
			.param("accountId", String.valueOf(account.getId()))
			.param("expertise", "保密制度")).andExpect(status().is3xxRedirection());
		long officerId = jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class,
				account.getId());
		var registered = units.register("北京" + UUID.randomUUID().toString().substring(0, 6) + "整改提示有限公司",
				XICHENG);
		mvc.perform(post("/guidance/officers/{id}/units", officerId).with(district)
			.with(csrf())
			.param("uscc", registered.unit().getUscc())).andExpect(status().is3xxRedirection());
		RequestPostProcessor unit = Principals.role(Role.APPLICANT, XICHENG, registered.unit().getId());
		RequestPostProcessor guide = Principals.as(account);
		String recorded = mvc.perform(post("/guidance/visits").with(guide)
			.with(csrf())
			.param("unitId", String.valueOf(registered.unit().getId()))
			.param("visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
			.param("mode", "ON_SITE")
			.param("participants", "法务部王某")
			.param("topics", "TRAINING")
			.param("findings", "台账未更新。")
			.param("recommendations[0].text", "补齐台账")
			.param("recommendations[0].dueOn", "2099-01-31"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long followUp = jdbc.queryForObject("select id from guidance_follow_up where visit_id = ?", Long.class,
				idFrom(recorded));
		for (String language : LANGUAGES) {
			Document page = page(get(recorded).param("lang", language), unit);
			FieldHints.assertEveryFieldHinted(page, "#followUp-" + followUp + " .reportForm");
			assertThat(page.getElementById("report" + followUp).attr("aria-describedby"))
				.isEqualTo("report" + followUp + "-hint");
		}
		mvc.perform(post("/guidance/follow-ups/{id}/report", followUp).with(unit)
			.with(csrf())
			.param("report", "已补齐")
			.param("version", String.valueOf(version("guidance_follow_up", followUp))))
			.andExpect(status().is3xxRedirection());
		for (String language : LANGUAGES) {
			Document page = page(get(recorded).param("lang", language), guide);
			FieldHints.assertEveryFieldHinted(page, "#followUp-" + followUp + " .reopenForm");
			assertThat(page.getElementById("note" + followUp + "-hint").text()).contains("1000");
		}

		RequestPostProcessor municipal = Principals.role(Role.MUNICIPAL_OFFICER, null, null);
		boolean ownDraft = jdbc.queryForObject("select count(*) from assessment_questionnaire where status = 'DRAFT'",
				Long.class) == 0;
		if (ownDraft) {
			mvc.perform(post("/guidance/questionnaires").with(municipal).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		long draft = jdbc.queryForObject("select id from assessment_questionnaire where status = 'DRAFT'", Long.class);
		try {
			for (String language : LANGUAGES) {
				Document editor = page(get("/guidance/questionnaires/{id}", draft).param("lang", language), municipal);
				FieldHints.assertEveryFieldHinted(editor, "#questionForm");
				FieldHints.assertEveryFieldHinted(editor, "details.editQuestion form");
				assertThat(editor.select("details.editQuestion form [aria-describedby]"))
					.hasSizeGreaterThanOrEqualTo(4);
			}
		}
		finally {
			if (ownDraft) {
				// the draft made here goes again: the versioning tests start a draft of their own
				jdbc.update("delete from assessment_option where question_id in "
						+ "(select id from assessment_question where questionnaire_id = ?)", draft);
				jdbc.update("delete from assessment_question where questionnaire_id = ?", draft);
				jdbc.update("delete from assessment_questionnaire where id = ?", draft);
			}
		}
	}

	@Test
	void theAnnualSummaryAndTheEscalationFormsHintEveryField() throws Exception {
		RequestPostProcessor huairou = Principals.role(Role.DISTRICT_OFFICER, "110116", null);
		for (String language : LANGUAGES) {
			FieldHints.assertEveryFieldHinted(
					page(get("/reporting/summaries/new").param("year", "2002").param("lang", language), huairou),
					"#summaryForm");
			FieldHints.assertEveryFieldHinted(
					page(get("/reporting/escalations/new").param("lang", language), huairou), "#escalationForm");
		}
	}
}
