package cn.tsbase.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The workbench each role lands on counts what awaits the user, inside the user's scope: another district's or
 * another unit's or another expert's items are never counted. The data is written the way the modules store it,
 * under a district, unit and account of the test's own.
 */
@IntegrationTest
class WorkbenchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** Encrypted columns hold what the converter wrote: other tests read every row through the entities. */
	@Autowired
	FieldEncryption encryption;

	/** What each test wrote, removed afterwards: the page crawls of other tests must never meet made-up rows. */
	final java.util.Deque<Runnable> cleanup = new java.util.ArrayDeque<>();

	@org.junit.jupiter.api.AfterEach
	void removeWhatTheTestWrote() {
		while (!cleanup.isEmpty()) {
			cleanup.pop().run();
		}
	}

	static String district() {
		return "9" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
	}

	static long someId() {
		return ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
	}

	Document home(RequestPostProcessor user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static long count(Document page, String id) {
		Element item = page.getElementById(id);
		assertThat(item).as("workbench line " + id).isNotNull();
		assertThat(item.text()).as("label of " + id).doesNotContain("??");
		return Long.parseLong(item.selectFirst(".wb-count").text());
	}

	static String link(Document page, String id) {
		return page.getElementById(id).selectFirst("a").attr("href");
	}

	long call(String district, Instant opens, Instant closes) {
		jdbc.update("insert into declaration_call (district_code, title, call_year, requirements_html, opens_at, "
				+ "closes_at, quota_points, quota_zones, created_by, created_at, version) "
				+ "values (?, '工作台测试通知', 1990, '<p>要求</p>', ?, ?, 5, 1, 'test', ?, 0)", district,
				Timestamp.from(opens), Timestamp.from(closes), Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from declaration_call", Long.class);
		cleanup.push(() -> {
			jdbc.update("delete from co_review_comment where declaration_id in (select id from declaration where call_id = ?)", id);
			jdbc.update("delete from declaration where call_id = ?", id);
			jdbc.update("delete from declaration_call where id = ?", id);
		});
		return id;
	}

	void declaration(long call, long unit, String district, String status) {
		jdbc.update("insert into declaration (call_id, unit_id, district_code, base_type, status, unit_name, "
				+ "content_json, submitted_version, created_at, updated_at, version) "
				+ "values (?, ?, ?, 'POINT', ?, '工作台测试单位', ?, ?, ?, ?, 0)", call, unit, district, status,
				encryption.encrypt("{}"),
				"DRAFT".equals(status) ? 0 : 1,
				Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
	}

	@Test
	void aUnitSeesItsReturnedDeclarationsAndDraftsWithTheNearestClosingDate() throws Exception {
		Instant closes = Instant.now().plus(Duration.ofDays(3));
		long unit = someId();
		String district = district();
		long call = call(district, Instant.now().minus(Duration.ofDays(1)), closes);
		long otherCall = call(district, Instant.now().minus(Duration.ofDays(1)), closes.plus(Duration.ofDays(9)));
		declaration(call, unit, district, "RETURNED");
		declaration(otherCall, unit, district, "DRAFT");
		declaration(call, unit + 1, district, "DRAFT");
		declaration(otherCall, unit + 1, district, "RETURNED");

		Document page = home(Principals.role(Role.APPLICANT, null, unit));
		assertThat(count(page, "wb-unit-returned")).isEqualTo(1);
		assertThat(count(page, "wb-unit-drafts")).isEqualTo(1);
		assertThat(link(page, "wb-unit-returned")).isEqualTo("/declarations");
		assertThat(page.getElementById("wb-unit-returned").selectFirst(".wb-due")).isNotNull();
		assertThat(page.getElementById("workbenchSummary").text()).contains("2");
		assertThat(page.getElementById("wb-district-toReview")).isNull();
	}

	@Test
	void aDistrictOfficerCountsOnlyTheirDistrictsQueueVerificationsAndOpenCalls() throws Exception {
		String district = district();
		String other = district();
		long call = call(district, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)));
		call(other, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)));
		call(district, Instant.now().minus(Duration.ofDays(9)), Instant.now().minus(Duration.ofDays(1)));
		declaration(call, someId(), district, "SUBMITTED");
		declaration(call, someId(), district, "RESUBMITTED");
		declaration(call, someId(), district, "DRAFT");
		declaration(call, someId(), district, "RECOMMENDED");
		declaration(call, someId(), other, "SUBMITTED");
		long notice = notice(LocalDate.now().plusDays(3));
		objection(notice, district, "VERIFYING", null);
		objection(notice, district, "VERIFYING", "已核实");
		objection(notice, district, "FILED", null);
		objection(notice, other, "VERIFYING", null);

		Document page = home(Principals.role(Role.DISTRICT_OFFICER, district, null));
		assertThat(count(page, "wb-district-toReview")).isEqualTo(2);
		assertThat(link(page, "wb-district-toReview")).isEqualTo("/review/declarations");
		assertThat(count(page, "wb-district-verifications")).isEqualTo(1);
		assertThat(link(page, "wb-district-verifications")).isEqualTo("/verifications");
		long municipalCallsOpen = jdbc.queryForObject("select count(*) from declaration_call where district_code is null "
				+ "and opens_at <= ? and closes_at > ?", Long.class, Timestamp.from(Instant.now()),
				Timestamp.from(Instant.now()));
		assertThat(count(page, "wb-district-openCalls")).isEqualTo(1 + municipalCallsOpen);
		assertThat(page.getElementById("wb-district-annualPlans")).isNotNull();
		assertThat(page.getElementById("wb-municipal-rounds")).isNull();
	}

	@Test
	void theDistrictIpOfficeCountsDeclarationsItHasNotCommentedOn() throws Exception {
		String district = district();
		long call = call(district, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)));
		declaration(call, someId(), district, "SUBMITTED");
		declaration(call, someId(), district, "SUBMITTED");
		declaration(call, someId(), district(), "SUBMITTED");
		long commented = jdbc.queryForObject("select max(id) from declaration where district_code = ?", Long.class,
				district);
		jdbc.update("insert into co_review_comment (declaration_id, district_code, author, author_name, text, "
				+ "created_at) values (?, ?, 'ip', '知识产权科', '无异议', ?)", commented, district,
				Timestamp.from(Instant.now()));

		Document page = home(Principals.role(Role.IP_OFFICER, district, null));
		assertThat(count(page, "wb-ip-coReviews")).isEqualTo(1);
	}

	@Test
	void anExpertCountsOnlyTheirOwnReleasedUnscoredAssignmentsWithTheDeadline() throws Exception {
		long account = someId();
		long expert = expert(account);
		long otherExpert = expert(account + 1);
		Instant deadline = Instant.now().plus(Duration.ofDays(4));
		long released = round("RELEASED", deadline);
		long setup = round("SETUP", deadline);
		assignment(released, expert, someId(), true, null, false);
		assignment(released, expert, someId(), true, "NONE", false);
		assignment(released, expert, someId(), true, "CONFLICT", false);
		assignment(released, expert, someId(), true, null, true);
		assignment(setup, expert, someId(), false, null, false);
		assignment(released, otherExpert, someId(), true, null, false);

		Document page = home(Principals.as(new CurrentUser(account, "expert-" + account, null, "专家",
				EnumSet.of(Role.EXPERT), null, null, true, true, false)));
		assertThat(count(page, "wb-expert-assignments")).isEqualTo(2);
		assertThat(link(page, "wb-expert-assignments")).isEqualTo("/selection/reviews");
		assertThat(page.getElementById("wb-expert-assignments").selectFirst(".wb-due")).isNotNull();
	}

	@Test
	void theMunicipalBureauSeesNoticesEndedAndObjectionsPendingAcrossDistricts() throws Exception {
		Document before = home(Principals.role(Role.MUNICIPAL_OFFICER, null, null));
		long live = notice(LocalDate.now().plusDays(2));
		long ended = notice(LocalDate.now().minusDays(1));
		objection(live, district(), "FILED", null);
		objection(ended, district(), "VERIFYING", null);
		objection(ended, district(), "DECIDED", null);

		Document after = home(Principals.role(Role.MUNICIPAL_OFFICER, null, null));
		assertThat(count(after, "wb-municipal-noticesLive") - count(before, "wb-municipal-noticesLive")).isEqualTo(1);
		assertThat(count(after, "wb-municipal-noticesEnded") - count(before, "wb-municipal-noticesEnded"))
			.isEqualTo(1);
		assertThat(count(after, "wb-municipal-objections") - count(before, "wb-municipal-objections")).isEqualTo(2);
		assertThat(after.getElementById("wb-municipal-preReview")).isNotNull();
		assertThat(after.getElementById("wb-municipal-rounds")).isNotNull();
		assertThat(after.getElementById("wb-district-toReview")).isNull();
	}

	@Test
	void administratorsSeeTheirOwnQueuesOnly() throws Exception {
		Document security = home(Principals.role(Role.SECURITY_ADMIN, null, null));
		assertThat(link(security, "wb-security-factorRemovals")).isEqualTo("/security/second-factor-removals");
		assertThat(security.getElementById("wb-security-lockedAccounts")).isNotNull();
		assertThat(security.getElementById("wb-system-calendarMissing")).isNull();

		Document system = home(Principals.role(Role.SYSTEM_ADMIN, null, null));
		assertThat(link(system, "wb-system-calendarMissing")).isEqualTo("/admin/calendar");
		assertThat(system.getElementById("wb-security-factorRemovals")).isNull();

		Document audit = home(Principals.role(Role.AUDIT_ADMIN, null, null));
		assertThat(audit.select("[id^=wb-audit-chain]")).hasSize(1);
		assertThat(audit.getElementById("wb-audit-failures")).isNotNull();
		assertThat(audit.getElementById("wb-security-factorRemovals")).isNull();
	}

	@Test
	void theGuidanceOfficerIsToldWhatComesAndVisitorsSeeNoWorkbench() throws Exception {
		Document guidance = home(Principals.role(Role.GUIDANCE_OFFICER, "110102", null));
		// the guidance module's lines (an officer with nothing assigned: nothing pending) above the landing cards
		assertThat(count(guidance, "wb-guide-requests")).isZero();
		assertThat(count(guidance, "wb-guide-followUps")).isZero();
		assertThat(link(guidance, "wb-guide-followUps")).isEqualTo("/guidance/follow-ups");
		assertThat(guidance.getElementById("guidanceLanding")).isNotNull();
		Document visitor = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(visitor.getElementById("workbench")).isNull();
	}

	long notice(LocalDate lastDay) {
		long list = someId();
		jdbc.update("insert into proposed_list (id, list_year, decided_by, decided_at) values (?, 1990, 'test', ?)",
				list, Timestamp.from(Instant.now()));
		jdbc.update("insert into public_notice (list_id, current_list_id, notice_year, title, body_html, "
				+ "objection_instructions, first_day, working_days, last_day, status, created_by, created_at, "
				+ "updated_at, version) values (?, ?, 1990, '工作台测试公示', '<p>名单</p>', '说明', ?, 5, ?, 'LIVE', "
				+ "'test', ?, ?, 0)", list, list, lastDay.minusDays(7), lastDay, Timestamp.from(Instant.now()),
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select id from public_notice where list_id = ?", Long.class, list);
		cleanup.push(() -> {
			jdbc.update("delete from objection where notice_id = ?", id);
			jdbc.update("delete from public_notice where id = ?", id);
			jdbc.update("delete from proposed_list where id = ?", list);
		});
		return id;
	}

	void objection(long notice, String district, String status, String findings) {
		jdbc.update("insert into objection (notice_id, receipt_no, secret_hash, objector_name, phone, target_position, "
				+ "target_unit_name, target_district, grounds, status, district_findings, filed_at, version) "
				+ "values (?, ?, 'x', '异议人', ?, 1, '被异议单位', ?, '理由', ?, ?, ?, 0)", notice,
				"WB" + someId(), encryption.encrypt("13800000000"), district, status, findings,
				Timestamp.from(Instant.now()));
	}

	long expert(long account) {
		jdbc.update("insert into expert (name, affiliation_name, fields, available, account_id, username, created_at, "
				+ "version) values ('工作台专家', '某大学', 'SOFTWARE_IT', false, ?, ?, ?, 0)", account, "wb" + account,
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select id from expert where account_id = ?", Long.class, account);
		cleanup.push(() -> {
			jdbc.update("delete from expert_score where assignment_id in (select id from review_assignment where expert_id = ?)", id);
			jdbc.update("delete from review_assignment where expert_id = ?", id);
			jdbc.update("delete from expert where id = ?", id);
		});
		return id;
	}

	long round(String status, Instant deadline) {
		jdbc.update("insert into review_round (round_year, name, rubric_id, experts_per_declaration, maximum_load, "
				+ "deadline, divergence_threshold, status, created_by, created_at, version) "
				+ "values (1990, '工作台测试轮次', (select id from review_rubric where version_no = 1), 3, 10, ?, 20, ?, "
				+ "'test', ?, 0)", Timestamp.from(deadline), status, Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from review_round", Long.class);
		cleanup.addLast(() -> jdbc.update("delete from review_round where id = ?", id));
		return id;
	}

	void assignment(long round, long expert, long declaration, boolean released, String conflict, boolean scored) {
		jdbc.update("insert into review_assignment (round_id, expert_id, declaration_id, manual, expertise_match, "
				+ "created_at, released_at, conflict_declaration, version) values (?, ?, ?, false, true, ?, ?, ?, 0)",
				round, expert, declaration, Timestamp.from(Instant.now()),
				released ? Timestamp.from(Instant.now()) : null, conflict);
		if (scored) {
			long assignment = jdbc.queryForObject("select id from review_assignment where round_id = ? and expert_id = ? "
					+ "and declaration_id = ?", Long.class, round, expert, declaration);
			jdbc.update("insert into expert_score (assignment_id, status, saved_at, submitted_at, version) "
					+ "values (?, 'SUBMITTED', ?, ?, 0)", assignment, Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()));
		}
	}
}
