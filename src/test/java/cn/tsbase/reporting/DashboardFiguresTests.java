package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.Role;

/**
 * The work figures of the dashboards (grades, open rectification orders, activities, liaison reports, open problems
 * and their age, guidance, incidents and cases) against a hand-counted fixture written into the modules' tables for a
 * year and two districts no other test uses, and the district's bases with their status lights. A district sees only
 * its own figures.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTests {

	private static final int YEAR = 2043;
	private static final String TONGZHOU = "110112";
	private static final String MIYUN = "110118";
	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final AtomicLong IDS = new AtomicLong(981_500_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BaseFixtures baseFixtures;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	FieldEncryption encryption;

	long baseA;

	long baseB;

	/**
	 * 通州: grades 优秀 1, 合格 2 (and one only proposed); rectifications 整改中 1 (and one accepted); trainings 2 with
	 * 30 + 20 people, publicity 1 with 100 (and a training of the year before); reports 2 on time, 1 late (and a
	 * draft); open problems raised 10, 4 and 1 days ago (and a closed one); visits 2; requests 2 (one half an hour into
	 * the year, Beijing time, and one half an hour before it, not counted); incidents answered after 30 and 90 minutes
	 * and one unanswered; a case published (and one submitted). 密云: two designated bases, A graded 不合格 with
	 * rectifications 待下达 1 and 待验收 1, B with an accepted plan; a training with 15 people; a report on time; a
	 * problem raised 6 days ago; a visit; an incident answered after 45 minutes.
	 */
	@BeforeAll
	void fixture() {
		List<ListPublished.Entry> entries = List.of(entry("看板密云甲有限公司"), entry("看板密云乙有限公司"));
		transactions.executeWithoutResult(tx -> baseFixtures.designate(new ListPublished(IDS.incrementAndGet(), 0L,
				YEAR, "京市监发〔" + YEAR + "〕" + IDS.get() % 1000 + "号", LocalDate.of(YEAR, 7, 1), entries)));
		baseA = jdbc.queryForObject("select id from demonstration_base where unit_name = ?", Long.class,
				"看板密云甲有限公司");
		baseB = jdbc.queryForObject("select id from demonstration_base where unit_name = ?", Long.class,
				"看板密云乙有限公司");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from base_profile where base_id in (?, ?)", Long.class,
					baseA, baseB) == 2);

		long system = id();
		jdbc.update("insert into indicator_system (id, system_year, base_type, name, status, platform_default, content,"
				+ " excellent_min, good_min, pass_min, excellent_cap_percent, cap_scope, created_by, created_at, version)"
				+ " values (?, ?, 'POINT', ?, 'IN_USE', false, '{\"dimensions\":[]}', 90, 80, 60, 15, 'OVERALL', 'test',"
				+ " ?, 0)", system,
				YEAR, "看板指标" + system, now());
		long round = id();
		jdbc.update("insert into evaluation_round (id, round_year, designated_before, self_deadline, district_deadline,"
				+ " point_system_id, zone_system_id, status, opened_by, opened_at, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 'test', ?, 0)", round, YEAR, LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 4, 1), system, system, now());
		evaluation(round, system, id(), TONGZHOU, "PUBLISHED", "EXCELLENT");
		evaluation(round, system, id(), TONGZHOU, "PUBLISHED", "PASS");
		evaluation(round, system, id(), TONGZHOU, "PUBLISHED", "PASS");
		evaluation(round, system, id(), TONGZHOU, "PROPOSED", null);
		evaluation(round, system, baseA, MIYUN, "PUBLISHED", "FAIL");

		rectification(id(), TONGZHOU, "ISSUED");
		rectification(id(), TONGZHOU, "ACCEPTED");
		rectification(baseA, MIYUN, "PROPOSED");
		rectification(baseA, MIYUN, "SUBMITTED");

		jdbc.update("insert into annual_plan (base_id, unit_id, unit_name, district_code, base_type, plan_year, status,"
				+ " submitted_version, updated_at, version) values (?, ?, '乙', ?, 'POINT', ?, 'ACCEPTED', 1, ?, 0)",
				baseB, id(), MIYUN, YEAR, now());

		activity(TONGZHOU, "TRAINING", LocalDate.of(YEAR, 3, 1), 30);
		activity(TONGZHOU, "TRAINING", LocalDate.of(YEAR, 12, 31), 20);
		activity(TONGZHOU, "PUBLICITY", LocalDate.of(YEAR, 5, 1), 100);
		activity(TONGZHOU, "TRAINING", LocalDate.of(YEAR - 1, 12, 31), 40);
		activity(MIYUN, "TRAINING", LocalDate.of(YEAR, 6, 1), 15);

		LocalDate today = LocalDate.now(clock.withZone(BEIJING));
		long tongzhouReport = report(TONGZHOU, 1, LocalDate.of(YEAR, 4, 10), false);
		report(TONGZHOU, 4, LocalDate.of(YEAR, 7, 10), false);
		report(TONGZHOU, 7, LocalDate.of(YEAR, 10, 30), true);
		report(TONGZHOU, 10, null, false);
		long miyunReport = report(MIYUN, 1, LocalDate.of(YEAR, 4, 2), false);
		problem(tongzhouReport, TONGZHOU, "OPEN", today.minusDays(10));
		problem(tongzhouReport, TONGZHOU, "IN_HAND", today.minusDays(4));
		problem(tongzhouReport, TONGZHOU, "FORWARDED", today.minusDays(1));
		problem(tongzhouReport, TONGZHOU, "CLOSED", today.minusDays(30));
		problem(miyunReport, MIYUN, "OPEN", today.minusDays(6));

		long officer = id();
		jdbc.update("insert into guidance_officer (id, account_id, username, display_name, district_code, expertise,"
				+ " active, appointed_by, appointed_at, version) values (?, ?, ?, '看板指导员', ?, '商业秘密', true,"
				+ " 'test', ?, 0)", officer, officer, "kb" + officer % 100000, TONGZHOU, now());
		visit(officer, TONGZHOU);
		visit(officer, TONGZHOU);
		visit(officer, MIYUN);
		request(TONGZHOU, LocalDateTime.of(YEAR, 3, 1, 9, 0));
		request(TONGZHOU, LocalDateTime.of(YEAR, 1, 1, 0, 30));
		request(TONGZHOU, LocalDateTime.of(YEAR - 1, 12, 31, 23, 30));

		incident(TONGZHOU, LocalDateTime.of(YEAR, 2, 1, 10, 0), 30L);
		incident(TONGZHOU, LocalDateTime.of(YEAR, 5, 1, 10, 0), 90L);
		incident(TONGZHOU, LocalDateTime.of(YEAR, 8, 1, 10, 0), null);
		incident(MIYUN, LocalDateTime.of(YEAR, 9, 1, 10, 0), 45L);
		typicalCase(TONGZHOU, "PUBLISHED", LocalDateTime.of(YEAR, 6, 1, 10, 0));
		typicalCase(TONGZHOU, "SUBMITTED", null);
	}

	@Test
	void theMunicipalBureauSeesEachFigureByDistrict() throws Exception {
		String year = String.valueOf(YEAR);
		perform("/api/v1/statistics/figures/grades", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(jsonPath("$.columns[0]").value("EXCELLENT"))
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 1, 0, 2, 0))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 0, 0, 0, 1))
			.andExpect(counts("$.total.counts", 1, 0, 2, 1));
		perform("/api/v1/statistics/figures/rectifications", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 0, 1, 0, 0))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 0, 1, 0));
		perform("/api/v1/statistics/figures/activities", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 2, 50, 1, 100))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 15, 0, 0))
			.andExpect(counts("$.total.counts", 3, 65, 1, 100));
		perform("/api/v1/statistics/figures/liaison", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 2, 1, 0))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 0, 0));
		perform("/api/v1/statistics/figures/problems", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 3, 10, 4))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 6, 6));
		perform("/api/v1/statistics/figures/guidance", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 2, 2))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 0))
			.andExpect(counts("$.total.counts", 3, 2));
		perform("/api/v1/statistics/figures/casework", year, Role.MUNICIPAL_OFFICER, null)
			.andExpect(counts("$.rows[?(@.code == '110112')].counts", 3, 60, 1))
			.andExpect(counts("$.rows[?(@.code == '110118')].counts", 1, 45, 0))
			.andExpect(counts("$.total.counts", 4, 45, 1));
	}

	@Test
	void aDistrictSeesItsOwnFiguresOnly() throws Exception {
		String year = String.valueOf(YEAR);
		mvc.perform(get("/api/v1/statistics/figures").param("year", year)
			.with(Principals.role(Role.DISTRICT_OFFICER, MIYUN, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$[*].rows.length()").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(1))))
			.andExpect(jsonPath("$[*].rows[0].code").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(MIYUN))));
		perform("/api/v1/statistics/figures/problems", year, Role.IP_OFFICER, TONGZHOU)
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(counts("$.total.counts", 3, 10, 4));
		perform("/api/v1/statistics/figures/casework", year, Role.DISTRICT_OFFICER, MIYUN)
			.andExpect(counts("$.total.counts", 1, 45, 0));
		mvc.perform(get("/api/v1/statistics/figures/secrets").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
		assertThat(cn.tsbase.reporting.internal.WorkFigures.median(java.util.Map.of(1L, 1L, 4L, 1L, 6L, 1L, 10L, 1L)))
			.isEqualTo(5);
		assertThat(cn.tsbase.reporting.internal.WorkFigures.median(java.util.Map.of(3L, 2L, 8L, 1L))).isEqualTo(3);
		assertThat(cn.tsbase.reporting.internal.WorkFigures.median(java.util.Map.of())).isZero();
	}

	@Test
	void theDistrictsBasesShowTheirLights() throws Exception {
		mvc.perform(get("/api/v1/statistics/district-bases").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, MIYUN, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseA + ")].grade").value("FAIL"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseA + ")].openRectifications").value(2))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseA + ")].rectification").value("RED"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseA + ")].plan").value("RED"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseA + ")].standards").value("RED"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseB + ")].planState").value("ACCEPTED"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseB + ")].plan").value("GREEN"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseB + ")].rectification").value("GREEN"))
			.andExpect(jsonPath("$.content[?(@.baseId == " + baseB + ")].openRectifications").value(0));
		mvc.perform(get("/api/v1/statistics/district-bases").param("year", String.valueOf(YEAR))
			.param("size", "1")
			.param("page", "1")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.param("district", MIYUN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/v1/statistics/district-bases").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/statistics/district-bases").param("district", MIYUN)
			.with(Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theDistrictDashboardShowsTheFiguresAndItsBases() throws Exception {
		String page = mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, MIYUN, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"gradesTable\"", "data-chart-table=\"caseworkTable\"", "id=\"districtBasesTable\"",
				"data-base-id=\"" + baseA + "\"", "看板密云乙有限公司", "/evaluation/rectifications?district=110118",
				"export.xlsx?table=liaison&amp;year=2043")
			.doesNotContain("district=110112", "style=");
		// a base's name opens its dossier, a page the district may read (not a path no page answers)
		assertThat(Jsoup.parse(page).select("#districtBasesTable [data-base-id=" + baseA + "] a").attr("href"))
			.isEqualTo("/operation/bases/" + baseA);
		mvc.perform(get("/operation/bases/" + baseA).with(Principals.role(Role.DISTRICT_OFFICER, MIYUN, null)))
			.andExpect(status().isOk());
		// the IP office sees the casework figures but may not read incidents: its rows link to no refusal
		String ipOffice = mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.IP_OFFICER, MIYUN, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ipOffice).contains("data-chart-table=\"caseworkTable\"").doesNotContain("/casework/incidents");
		String municipal = mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(municipal).contains("id=\"problemsTable\"", "/casework/incidents?district=110112")
			.doesNotContain("id=\"districtBasesTable\"");

		// the municipal bureau chooses a district and sees its bases with their lights; another district's ask is
		// unknown to the chooser and shows none
		Document chosen = Jsoup.parse(mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.param("district", MIYUN)
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chosen.select("#district option[selected]").attr("value")).isEqualTo(MIYUN);
		assertThat(chosen.select("#districtBases-heading").text()).isEqualTo("密云区示范基地状态（" + YEAR + "年度）");
		assertThat(chosen.select("#districtBasesTable [data-base-id=" + baseA + "]")).hasSize(1);
		assertThat(chosen.select("#districtBasesTable").text()).contains("看板密云乙有限公司");
		mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.param("district", "not-a-district")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"districtBasesTable\""))));
		// a district officer cannot look at another district's bases by the parameter
		String own = mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.param("district", MIYUN)
			.with(Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).doesNotContain("看板密云乙有限公司", "id=\"district\"");
	}

	@Test
	void aFigureDownloadsAsExcelWithinTheScope() throws Exception {
		byte[] workbook = mvc.perform(get("/reporting/dashboard/export.xlsx").param("table", "activities")
			.param("year", String.valueOf(YEAR))
			.with(Principals.role(Role.DISTRICT_OFFICER, TONGZHOU, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("培训场次");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("通州区");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(50);
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'STATISTICS_EXPORTED'"
					+ " and detail = 'activities'", Long.class) > 0);
	}

	private org.springframework.test.web.servlet.ResultActions perform(String path, String year, Role role,
			String district) throws Exception {
		return mvc.perform(get(path).param("year", year).with(Principals.role(role, district, null)))
			.andExpect(status().isOk());
	}

	/** The counts at the path (a filter's single match, or a plain array), as numbers in order. */
	private static ResultMatcher counts(String path, long... expected) {
		return result -> {
			Object found = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), path);
			List<?> values = (List<?>) found;
			if (!values.isEmpty() && values.get(0) instanceof List<?> single) {
				values = single;
			}
			assertThat(values.stream().map(v -> ((Number) v).longValue()).toList()).as(path)
				.containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Long[]::new));
		};
	}

	private static long id() {
		return IDS.incrementAndGet();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static Timestamp beijing(LocalDateTime time) {
		return Timestamp.from(time.atZone(BEIJING).toInstant());
	}

	private static ListPublished.Entry entry(String name) {
		long id = id();
		return new ListPublished.Entry(id, id, name, UsccFixtures.random(MIYUN), BaseType.POINT, MIYUN, "SOFTWARE_IT");
	}

	private void evaluation(long round, long system, long baseId, String district, String status, String grade) {
		jdbc.update("insert into evaluation (round_id, base_id, unit_id, unit_name, district_code, base_type, system_id,"
				+ " status, items, veto_failed, final_grade, version) values (?, ?, ?, '单位', ?, 'POINT', ?, ?, '',"
				+ " false, ?, 0)", round, baseId, id(), district, system, status, grade);
	}

	private void rectification(long baseId, String district, String status) {
		jdbc.update("insert into rectification (base_id, unit_id, unit_name, district_code, evaluation_year, origin,"
				+ " status, proposed_at, version) values (?, ?, '单位', ?, ?, 'EVALUATION_FAILED', ?, ?, 0)", baseId, id(),
				district, YEAR, status, now());
	}

	private void activity(String district, String kind, LocalDate heldOn, int participants) {
		jdbc.update("insert into base_activity (base_id, unit_id, district_code, kind, held_on, topic, online,"
				+ " participants, organiser, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, '主题', false, ?,"
				+ " '单位', 'test', ?, 0)", id(), id(), district, kind, heldOn, participants, now());
	}

	private long report(String district, int month, LocalDate firstSubmittedOn, boolean late) {
		long id = id();
		LocalDate start = LocalDate.of(YEAR, month, 1);
		jdbc.update("insert into liaison_report (id, base_id, unit_id, unit_name, district_code, period_start, period_end,"
				+ " status, first_submitted_on, late, updated_at, version) values (?, ?, ?, '单位', ?, ?, ?, ?, ?, ?, ?,"
				+ " 0)", id, id(), id(), district, start, start.plusMonths(3).minusDays(1),
				firstSubmittedOn == null ? "DRAFT" : "SUBMITTED", firstSubmittedOn, late, now());
		return id;
	}

	private void problem(long reportId, String district, String status, LocalDate raisedOn) {
		jdbc.update("insert into liaison_problem (report_id, base_id, unit_id, unit_name, district_code, period_start,"
				+ " description, status, raised_on, updated_at, version) values (?, ?, ?, '单位', ?, ?, '问题', ?, ?, ?, 0)",
				reportId, id(), id(), district, LocalDate.of(YEAR, 1, 1), status, raisedOn, now());
	}

	private void visit(long officer, String district) {
		jdbc.update("insert into guidance_visit (officer_id, unit_id, unit_name, district_code, visited_on, visit_year,"
				+ " mode, participants, topics, checked, findings, status, recorded_by, recorded_at, version)"
				+ " values (?, ?, '单位', ?, ?, ?, 'ON_SITE', '某人', '主题', '', '发现', 'RECORDED', 'test', ?, 0)", officer,
				id(), district, LocalDate.of(YEAR, 4, 1), YEAR, now());
	}

	private void request(String district, LocalDateTime requestedAt) {
		jdbc.update("insert into guidance_request (unit_id, unit_name, district_code, topics, mode, description, status,"
				+ " requested_by, requested_at, version) values (?, '单位', ?, '主题', 'ON_SITE', '说明', 'SUBMITTED',"
				+ " 'test', ?, 0)", id(), district, beijing(requestedAt));
	}

	private void incident(String district, LocalDateTime reportedAt, Long responseMinutes) {
		jdbc.update("insert into leak_incident (unit_id, unit_name, district_code, discovered_on, reported_at,"
				+ " reported_by, origin, intent, secret_category, channel, description, evidence_secured,"
				+ " access_revoked, letters_sent, police_reported, help_wanted, remedy, status, response_minutes,"
				+ " version) values (?, '单位', ?, ?, ?, 'test', 'INTERNAL', 'ACCIDENTAL', 'TECHNICAL', 'OTHER', ?,"
				+ " false, false, false, false, false, 'UNDECIDED', ?, ?, 0)", id(), district,
				reportedAt.toLocalDate(), beijing(reportedAt), encryption.encrypt("看板事件"), responseMinutes == null ? "REPORTED" : "RESPONDING",
				responseMinutes);
	}

	private void typicalCase(String district, String status, LocalDateTime publishedAt) {
		jdbc.update("insert into typical_case (author_kind, district_code, created_by, created_at, case_year,"
				+ " secret_kind, industry_code, infringement_form, industry_word, mask_companies, title, facts,"
				+ " handling, significance, public_title, public_facts, public_handling, public_significance, status,"
				+ " published_at, updated_at, version) values ('DISTRICT', ?, 'test', ?, ?, 'TECHNICAL', 'SOFTWARE_IT',"
				+ " 'OTHER', '某行业', false, ?, ?, ?, ?, 't', 'f', 'h', 's', ?, ?, ?, 0)", district, now(), YEAR,
				encryption.encrypt("看板案例"), encryption.encrypt("f"), encryption.encrypt("h"),
				encryption.encrypt("s"), status, publishedAt == null ? null : beijing(publishedAt), now());
	}
}
