package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Demo data exists only with the demo profile; the production profile never has demo accounts nor the API
 * documentation. Each runs on its own in-memory database.
 */
class ProfilesTests {

	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
			"spring.datasource.password=" })
	@ActiveProfiles({ "test", "demo" })
	class Demo {

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		PasswordEncoder encoder;

		@Test
		void loadsOneAccountPerRoleWithTheDocumentedPasswordAndTheDemoUnits() {
			assertThat(jdbc.queryForList("select distinct role from user_role", String.class)).containsExactlyInAnyOrder(
					"APPLICANT", "LIAISON", "DISTRICT_OFFICER", "IP_OFFICER", "GUIDANCE_OFFICER", "MUNICIPAL_OFFICER",
					"EXPERT", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN");
			String hash = jdbc.queryForObject("select password_hash from user_account where username = 'xc_officer'",
					String.class);
			assertThat(encoder.matches("Demo#2026pass", hash)).isTrue();
			assertThat(jdbc.queryForObject("select count(*) from user_account where password_change_required",
					Long.class)).isZero();
			assertThat(jdbc.queryForList("select name from unit", String.class)).contains("北京金融街智联科技有限公司",
					"北京中关村芯云科技有限公司");
		}

		@Test
		void listsAnEarlierBatchOfMadeUpBasesWithValidCodesAndNoDemoUnitAmongThem() {
			assertThat(jdbc.queryForObject("select count(*) from demonstration_base where batch_year = 2025 and "
					+ "document_number = '京市监发〔2025〕35号'", Long.class)).isEqualTo(5);
			assertThat(jdbc.queryForList("select uscc from demonstration_base", String.class))
				.allSatisfy(code -> assertThat(cn.tsbase.shared.Uscc.parse(code).valid()).as(code).isTrue());
			assertThat(jdbc.queryForObject("select count(*) from demonstration_base b join unit u on u.uscc = b.uscc",
					Long.class)).isZero();
		}

		@Test
		void theEarlierBasesHaveAProfileAnAcceptedPlanOfTheYearAndActivities() {
			int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
			String earlier = " join demonstration_base b on b.id = x.base_id where b.document_number = '京市监发〔2025〕35号'";
			assertThat(jdbc.queryForObject("select count(*) from base_profile x" + earlier
					+ " and x.accepted_plan_year = ? and x.liaison_name is not null and x.leadership_head is not null",
					Long.class, year)).isEqualTo(5);
			assertThat(jdbc.queryForObject("select count(*) from annual_plan x" + earlier
					+ " and x.status = 'ACCEPTED' and x.plan_year = ?", Long.class, year)).isEqualTo(5);
			assertThat(jdbc.queryForObject("select count(*) from base_activity x" + earlier, Long.class))
				.isEqualTo(15);
			assertThat(jdbc.queryForObject("select count(*) from attachment x join demonstration_base b on b.id = "
					+ "x.owner_id where x.owner_type = 'base-profile' and x.slot = 'LEADERSHIP' "
					+ "and b.document_number = '京市监发〔2025〕35号'", Long.class)).as("the founding notice as evidence")
				.isEqualTo(5);
		}

		@Test
		void theDemoZoneHasMemberUnitsFromWhichItsIndicatorsAreComputed() {
			String zone = " x join demonstration_base b on b.id = x.base_id where b.document_number = '京市监发〔2025〕35号'"
					+ " and b.base_type = 'ZONE'";
			assertThat(jdbc.queryForObject("select count(*) from zone_member" + zone, Long.class)).isEqualTo(7);
			assertThat(jdbc.queryForObject("select count(*) from zone_member" + zone + " and x.removed_on is null",
					Long.class)).isEqualTo(6);
			assertThat(jdbc.queryForObject("select count(*) from zone_member" + zone
					+ " and x.removed_on is null and x.has_rules = true", Long.class)).isEqualTo(3);
			assertThat(jdbc.queryForObject("select count(*) from zone_member" + zone
					+ " and x.removed_on is null and x.cultivated = true", Long.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select count(*) from zone_member_training t join zone_member x"
					+ " on x.id = t.member_id join demonstration_base b on b.id = x.base_id"
					+ " where b.base_type = 'ZONE' and x.removed_on is null and t.people > 0", Long.class)).isEqualTo(3);
			// two members took part in the zone's first training (12 and 8 people): one of them trained only there
			assertThat(jdbc.queryForObject("select coalesce(sum(p.people), 0) from base_activity_member p"
					+ " join base_activity x on x.id = p.activity_id join demonstration_base b on b.id = x.base_id"
					+ " where b.document_number = '京市监发〔2025〕35号' and b.unit_name = '北京中关村示例软件园'"
					+ " and x.kind = 'TRAINING'", Long.class)).isEqualTo(20);
		}

		@Test
		void hasAPublishedEvaluationOf2025WithEveryGradeButOneCappedAndAn2026RoundOpenForSelfEvaluation() {
			assertThat(jdbc.queryForObject("select status from evaluation_round where round_year = 2025", String.class))
				.isEqualTo("PUBLISHED");
			assertThat(jdbc.queryForList("select e.final_grade from evaluation e join evaluation_round r on r.id = "
					+ "e.round_id where r.round_year = 2025 and e.status = 'PUBLISHED'", String.class))
				.contains("EXCELLENT", "GOOD", "FAIL");
			assertThat(jdbc.queryForObject("select count(*) from evaluation e join evaluation_round r on r.id = "
					+ "e.round_id where r.round_year = 2025 and e.cap_note is not null", Long.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from evaluation e join evaluation_round r on r.id = "
					+ "e.round_id where r.round_year = 2026 and e.status = 'SELF_EVALUATION'", Long.class))
				.isGreaterThanOrEqualTo(4);
			// one base has submitted with evidence on S1, and its district's IP office commented (DemoEvaluationExtras)
			assertThat(jdbc.queryForObject("select count(*) from evaluation e join evaluation_round r on r.id = "
					+ "e.round_id join evaluation_co_review c on c.evaluation_id = e.id join attachment a on "
					+ "a.owner_type = 'evaluation' and a.owner_id = e.id and a.slot = 'S1' where r.round_year = 2026 "
					+ "and e.status = 'SUBMITTED'", Long.class)).isEqualTo(1);
		}

		@Test
		void theBaseGraded2025FailHasItsRectificationIssuedWithPlanAndProgress() {
			// near the year's end, without next year's calendar, the order stays proposed (DemoEvaluation)
			java.util.List<String> statuses = jdbc.queryForList(
					"select status from rectification where evaluation_year = 2025", String.class);
			assertThat(statuses).hasSize(1).containsAnyOf("ISSUED", "PROPOSED");
			if (statuses.get(0).equals("ISSUED")) {
				assertThat(jdbc.queryForObject("select count(*) from rectification where evaluation_year = 2025 "
						+ "and plan is not null and progress is not null", Long.class)).isEqualTo(1);
			}
		}

		@Test
		void xcGuideHasACaseTheDistrictReturnedAndTheNoticeWithItsLinkAndReason() {
			Long caseId = jdbc.queryForObject("select id from typical_case where created_by = 'xc_guide' and "
					+ "author_kind = 'GUIDANCE_OFFICER' and status = 'REJECTED' and rejection_reason is not null",
					Long.class);
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(20))
				.until(() -> jdbc.queryForObject("select count(*) from notification n join user_account a on "
						+ "a.id = n.recipient_id where a.username = 'xc_guide' and n.link = ? and n.message_key like "
						+ "'%TYPICAL_CASE_REJECTED'", Long.class, "/casework/cases/" + caseId) == 1);
		}

		@Test
		void xichengHasADraftPilotDossierOf2025WithTheReasonAndItsStatement() {
			assertThat(jdbc.queryForMap("select status, reason, statement from pilot_dossier where district_code = "
					+ "'110102' and dossier_year = 2025"))
				.containsEntry("status", "DRAFT")
				.hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("西城区"))
				.hasEntrySatisfying("statement", statement -> assertThat((String) statement).contains("试点"));
		}

		@Test
		void dongchengIsInThePilotAfterThe2025LetterWithItsFirstHalfYearReportFiled() {
			java.util.Map<String, Object> dossier = jdbc.queryForMap("select id, status from pilot_dossier "
					+ "where district_code = '110101' and dossier_year = 2025");
			assertThat(dossier).containsEntry("status", "RECOMMENDED");
			assertThat(jdbc.queryForObject("select document_number from pilot_recommendation_letter where "
					+ "letter_year = 2025", String.class)).isEqualTo("京市监函〔2026〕12号");
			java.util.Map<String, Object> pilot = jdbc.queryForMap("select id, stage, steps from district_pilot where "
					+ "dossier_id = ?", dossier.get("id"));
			assertThat(pilot).containsEntry("stage", "IN_PILOT");
			assertThat((String) pilot.get("steps")).contains("RECOMMENDED", "APPROVED", "国市监竞争函〔2026〕15号");
			assertThat(jdbc.queryForMap("select status, report_year, half_year, people_trained from "
					+ "pilot_progress_report where pilot_id = ?", pilot.get("id")))
				.containsEntry("status", "SUBMITTED")
				.containsEntry("report_year", 2026)
				.containsEntry("half_year", 1)
				.containsEntry("people_trained", 620);
			assertThat(jdbc.queryForObject("select status from pilot_dossier where district_code = '110102' and "
					+ "dossier_year = 2025", String.class)).as("西城区's dossier stays the draft").isEqualTo("DRAFT");
		}

		@Test
		void xichengsDraftPilotDossierHasAWorkPlanAndAnInstitutionalResultWithItsDocument() {
			java.util.Map<String, Object> dossier = jdbc.queryForMap("select id, work_plan, institutional_results from "
					+ "pilot_dossier where district_code = '110102' and dossier_year = 2025");
			assertThat((String) dossier.get("work_plan")).contains("<p>", "总体目标");
			assertThat((String) dossier.get("institutional_results")).contains("西城区商业秘密保护指导员工作规则",
					"NORMATIVE_DOCUMENT");
			assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'pilot-dossier' and "
					+ "owner_id = ? and slot = 'result'", Long.class, dossier.get("id"))).isEqualTo(1);
		}

		@Test
		void theDemoGuidanceOfficerGuidesTwoEarlierBasesWithAPastVisitAnOpenRecommendationAndAPoolOfThree() {
			String guide = " join guidance_officer o on o.id = x.officer_id where o.username = 'xc_guide'";
			assertThat(jdbc.queryForObject("select count(*) from guidance_assignment x" + guide
					+ " and x.valid_to is null and x.base_id is not null", Long.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select count(*) from guidance_visit x" + guide
					+ " and x.status = 'CONFIRMED'", Long.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from guidance_follow_up x" + guide
					+ " and x.status = 'OPEN'", Long.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from cultivation_entry where district_code = '110102'",
					Long.class)).isEqualTo(3);
			assertThat(jdbc.queryForObject("select count(*) from cultivation_entry where unit_id is null",
					Long.class)).isEqualTo(1);
		}

		@Test
		void xichengSubmittedIts2025AnnualSummaryAndHasOneOpenEscalation() {
			assertThat(jdbc.queryForList("select status from summary_report where district_code = '110102' "
					+ "and report_year = 2025 and figures is not null", String.class)).containsExactly("SUBMITTED");
			assertThat(jdbc.queryForObject("select count(*) from escalation where district_code = '110102' "
					+ "and status = 'OPEN' and source = 'DISTRICT'", Long.class)).isEqualTo(1);
		}

		@Test
		void theBureauSetTheSummaryDeadlinesAndXichengsEscalationCarriesAFile() {
			assertThat(jdbc.queryForObject("select cast(due_on as varchar(10)) from summary_deadline "
					+ "where report_year = 2025", String.class)).isEqualTo("2026-01-31");
			assertThat(jdbc.queryForObject("select count(*) from summary_deadline where report_year >= 2025",
					Long.class)).isGreaterThanOrEqualTo(1);
			assertThat(jdbc.queryForList("select a.original_name from attachment a join escalation e on e.id = a.owner_id "
					+ "where a.owner_type = 'escalation' and e.district_code = '110102' and e.source = 'DISTRICT'",
					String.class)).containsExactly("涉密载体管理情况调查表.pdf");
		}

		@Test
		void theDemoUnitAssessedItselfTwiceOnTheDefaultQuestionnaireAndSharesThisYearWithItsDistrict() {
			String unit = " from self_assessment a join unit u on u.id = a.unit_id where u.uscc = '91110102MA01A1B21E'";
			assertThat(jdbc.queryForObject("select count(*)" + unit, Long.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select count(*)" + unit + " and a.shared = true and a.district_code = "
					+ "'110102'", Long.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from self_assessment_answer x join self_assessment a on "
					+ "a.id = x.assessment_id join unit u on u.id = a.unit_id where u.uscc = '91110102MA01A1B21E'",
					Long.class)).isEqualTo(48);
			assertThat(jdbc.queryForObject("select count(*) from assessment_questionnaire where platform_default = true "
					+ "and status = 'IN_USE'", Long.class)).isEqualTo(1);
		}

		@Test
		void hasAnExpertPoolOfTheDemoExpertAccountsWithOneConflictWithADemoUnit() {
			assertThat(jdbc.queryForList("select username from expert order by username", String.class))
				.containsExactly("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");
			assertThat(jdbc.queryForObject("select count(*) from expert e join user_account a on a.id = e.account_id "
					+ "join user_role r on r.user_id = a.id and r.role = 'EXPERT'", Long.class)).isEqualTo(6);
			assertThat(jdbc.queryForObject("select affiliation_uscc from expert where username = 'expert4'", String.class))
				.isEqualTo(jdbc.queryForObject("select uscc from unit where name = '北京中关村芯云科技有限公司'", String.class));
		}
	}

	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
			"spring.datasource.password=", "TSBASE_AUDIT_HMAC_KEY=production-test-key-0123456789abcdef",
			"TSBASE_ATTACHMENT_MASTER_KEY=cHJvZHVjdGlvbi10ZXN0IQ==",
			"TSBASE_SECOND_FACTOR_KEY=cHJvZHVjdGlvbi0yZmEtaw==" })
	@ActiveProfiles({ "test", "prod" })
	class Production {

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		ApplicationContext context;

		@Test
		void hasNoDemoAccountsNoDemoUnitsAndNoApiDocumentation() {
			assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isZero();
			assertThat(context.getBeanNamesForType(org.springdoc.webmvc.api.OpenApiWebMvcResource.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
			assertThat(context.getEnvironment().getProperty("tsbase.attachments.master-key"))
				.isEqualTo("cHJvZHVjdGlvbi10ZXN0IQ==");
			assertThat(context.getEnvironment().getProperty("tsbase.security.second-factor-required"))
				.isEqualTo("true");
		}
	}
}
