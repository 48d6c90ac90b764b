package cn.tsbase.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The workbench is one grouped query per line, whatever the data: every role's landing page sends a bounded number of
 * SQL statements, counted at the data source (the workbench lines are {@code JdbcClient} queries, which a count of
 * Hibernate's statements alone would miss), and the count does not grow when the user's queues grow.
 */
@IntegrationTest
class WorkbenchStatementCountTests {

	/** The most statements one workbench may send, for any role (the busiest role has about a dozen lines). */
	static final int BOUND = 25;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption encryption;

	final Deque<Runnable> cleanup = new ArrayDeque<>();

	@AfterEach
	void removeWhatTheTestWrote() {
		while (!cleanup.isEmpty()) {
			cleanup.pop().run();
		}
	}

	/** The statements of one workbench request, after a first one that filled the caches. */
	List<String> workbench(RequestPostProcessor user) throws Exception {
		mvc.perform(get("/").with(user)).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get("/").with(user)).andExpect(status().isOk());
		List<String> statements = StatementCounter.statements();
		assertThat(StatementCounter.count()).as("statements of the workbench").isEqualTo(statements.size());
		return statements;
	}

	@Test
	void everyRolesWorkbenchSendsABoundedNumberOfStatementsCountedAtTheDataSource() throws Exception {
		String district = "9" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long unit = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.GUIDANCE_OFFICER))) {
			List<String> statements = workbench(Principals.role(role,
					Role.DISTRICT_ROLES.contains(role) ? district : null, Role.UNIT_ROLES.contains(role) ? unit : null));
			assertThat(statements).as("statements of the workbench of " + role).hasSizeLessThanOrEqualTo(BOUND);
		}
		// the lines are JdbcClient queries: they are counted too
		assertThat(workbench(Principals.role(Role.APPLICANT, null, unit)))
			.anyMatch(sql -> sql.contains("from declaration"));
		assertThat(workbench(Principals.role(Role.DISTRICT_OFFICER, district, null)))
			.anyMatch(sql -> sql.contains("from declaration")).anyMatch(sql -> sql.contains("from objection"));
		assertThat(workbench(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.anyMatch(sql -> sql.contains("from public_notice"));
	}

	@Test
	void theCountDoesNotGrowWithTheQueues() throws Exception {
		String district = "9" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long unit = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
		long account = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
		RequestPostProcessor applicant = Principals.role(Role.APPLICANT, null, unit);
		RequestPostProcessor officer = Principals.role(Role.DISTRICT_OFFICER, district, null);
		RequestPostProcessor ipOffice = Principals.role(Role.IP_OFFICER, district, null);
		RequestPostProcessor expert = Principals.as(new CurrentUser(account, "expert-" + account, null, "专家",
				EnumSet.of(Role.EXPERT), null, null, true, true, false));
		long expertId = expert(account);
		long round = round();
		// one of each first: a line's queries run once there is something to count
		queues(unit, district, expertId, round, 0, 1);
		List<String> applicantBefore = pageOwn(workbench(applicant));
		List<String> officerBefore = pageOwn(workbench(officer));
		List<String> ipBefore = pageOwn(workbench(ipOffice));
		List<String> expertBefore = pageOwn(workbench(expert));

		// then fifteen times as much
		queues(unit, district, expertId, round, 1, 15);

		assertThat(pageOwn(workbench(applicant))).hasSameSizeAs(applicantBefore);
		assertThat(pageOwn(workbench(officer))).hasSameSizeAs(officerBefore);
		assertThat(pageOwn(workbench(ipOffice))).hasSameSizeAs(ipBefore);
		assertThat(pageOwn(workbench(expert))).hasSameSizeAs(expertBefore);
	}

	/**
	 * The statements of the page itself: the session store's (Spring Session writes a session when it has changed,
	 * which differs from one request to the next) are left out of the comparison, not out of the bound.
	 */
	static List<String> pageOwn(List<String> statements) {
		return statements.stream().filter(sql -> !sql.contains("spring_session")).toList();
	}

	/**
	 * Calls {@code from} to {@code to} (exclusive) of the district, each with the unit's declaration (a unit declares
	 * once per call) and another unit's, and as many released assignments of the expert.
	 */
	void queues(long unit, String district, long expertId, long round, int from, int to) {
		for (int i = from; i < to; i++) {
			long call = call(district);
			declaration(call, unit, district, i % 2 == 0 ? "RETURNED" : "DRAFT");
			declaration(call, unit + 1 + i, district, "SUBMITTED");
			jdbc.update("insert into review_assignment (round_id, expert_id, declaration_id, manual, expertise_match, "
					+ "created_at, released_at, version) values (?, ?, ?, false, true, ?, ?, 0)", round, expertId,
					ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L), Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()));
		}
	}

	long call(String district) {
		jdbc.update("insert into declaration_call (district_code, title, call_year, requirements_html, opens_at, "
				+ "closes_at, quota_points, quota_zones, created_by, created_at, version) "
				+ "values (?, '计数测试通知', 1990, '<p>要求</p>', ?, ?, 5, 1, 'test', ?, 0)", district,
				Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
				Timestamp.from(Instant.now().plus(Duration.ofDays(5))), Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from declaration_call where district_code = ?", Long.class,
				district);
		cleanup.push(() -> {
			jdbc.update("delete from declaration where call_id = ?", id);
			jdbc.update("delete from declaration_call where id = ?", id);
		});
		return id;
	}

	void declaration(long call, long unit, String district, String status) {
		jdbc.update("insert into declaration (call_id, unit_id, district_code, base_type, status, unit_name, "
				+ "content_json, submitted_version, created_at, updated_at, version) "
				+ "values (?, ?, ?, 'POINT', ?, '计数测试单位', ?, 1, ?, ?, 0)", call, unit, district, status,
				encryption.encrypt("{}"), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
	}

	long expert(long account) {
		jdbc.update("insert into expert (name, affiliation_name, fields, available, account_id, username, created_at, "
				+ "version) values ('计数专家', '某大学', 'SOFTWARE_IT', false, ?, ?, ?, 0)", account, "wbc" + account,
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select id from expert where account_id = ?", Long.class, account);
		cleanup.push(() -> {
			jdbc.update("delete from review_assignment where expert_id = ?", id);
			jdbc.update("delete from expert where id = ?", id);
		});
		return id;
	}

	long round() {
		jdbc.update("insert into review_round (round_year, name, rubric_id, experts_per_declaration, maximum_load, "
				+ "deadline, divergence_threshold, status, created_by, created_at, version) "
				+ "values (1990, '计数测试轮次', (select id from review_rubric where version_no = 1), 3, 10, ?, 20, "
				+ "'RELEASED', 'test', ?, 0)", Timestamp.from(Instant.now().plus(Duration.ofDays(4))),
				Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from review_round", Long.class);
		cleanup.addLast(() -> jdbc.update("delete from review_round where id = ?", id));
		return id;
	}
}
