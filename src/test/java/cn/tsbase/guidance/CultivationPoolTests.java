package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.shared.security.Role;

/**
 * The cultivation pool (培育库): the district adds registered and not-yet-registered units, the latter with an
 * invitation to register, and sees who registered, who applied and who had guidance; it changes an entry's notes and
 * officer or takes it out on the page (a stale version refused with the reason and audited); the search takes what
 * is typed literally.
 */
@IntegrationTest
class CultivationPoolTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitFixtures units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccountFixtures accounts;

	GuidanceFixtures fixtures;

	RequestPostProcessor district = Principals.role(Role.DISTRICT_OFFICER, XICHENG, null);

	@BeforeEach
	void fixtures() {
		fixtures = new GuidanceFixtures(units, events, transactions, jdbc);
	}

	private Document pool(String query) throws Exception {
		return Jsoup.parse(mvc.perform(get("/guidance/pool").param("q", query).with(district))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long entryOf(String uscc) {
		return jdbc.queryForObject("select id from cultivation_entry where uscc = ? and district_code = ?", Long.class,
				uscc, XICHENG);
	}

	@Test
	void anUnregisteredUnitGetsAnInvitationToRegister() throws Exception {
		// that it joins its entry when it registers is the module's hand-over: GuidanceModuleTests
		String uscc = UsccFixtures.random(XICHENG);
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("unitName", "培育邀请科技有限公司")
			.param("reason", "园区推荐的高新技术企业")).andExpect(status().is3xxRedirection());
		long id = entryOf(uscc);
		assertThat(jdbc.queryForObject("select unit_id from cultivation_entry where id = ?", Long.class, id)).isNull();
		assertThat(pool(uscc).select("#pool-" + id + " .status").text()).contains("尚未注册");
	}

	@Test
	void theInvitationTextNamesTheUnitAndTheRegistrationPage() throws Exception {
		String uscc = UsccFixtures.random(XICHENG);
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("unitName", "邀请文本科技有限公司")
			.param("reason", "基础较好")).andExpect(status().is3xxRedirection());
		long id = entryOf(uscc);
		assertThat(pool(uscc).select("#invitation" + id).text()).contains("邀请文本科技有限公司",
				"http://localhost/register");
		assertThat(pool("邀请文本").select("#poolTable tbody tr#pool-" + id)).hasSize(1);
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("unitName", "邀请文本科技有限公司")
			.param("reason", "再次加入")).andExpect(status().isConflict());
	}

	@Test
	void aRegisteredUnitJoinsByItsCodeIsAssignedToTheOfficerAndIsShownAsAppliedOnceItDeclares() throws Exception {
		// a registered unit that is no base yet (a base would show as designated: GuidanceModuleTests)
		var registered = units.register("培育申报科技有限公司", XICHENG).unit();
		var base = new GuidanceFixtures.Base(0L, registered.getId(), registered.getUscc(), XICHENG);
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", base.uscc())
			.param("reason", "拟推荐申报示范点")).andExpect(status().is3xxRedirection());
		long id = entryOf(base.uscc());
		assertThat(jdbc.queryForObject("select unit_id from cultivation_entry where id = ?", Long.class, id))
			.isEqualTo(base.unitId());

		transactions.executeWithoutResult(s -> events.publishEvent(new DeclarationSubmitted(970_555_100L, 970_555_200L,
				base.unitId(), XICHENG, "培育申报科技有限公司", BaseType.POINT, false, 1)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from cultivation_entry where id = ? and applied_call_id = ?",
					Long.class, id, 970_555_200L) == 1);
		assertThat(pool(base.uscc()).select("#pool-" + id + " .status").text()).contains("已申报");
		mvc.perform(get("/api/v1/cultivation-pool").param("q", base.uscc()).with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].appliedCallId").value(970_555_200));
		mvc.perform(get("/api/v1/cultivation-pool").param("q", base.uscc())
			.with(Principals.role(Role.DISTRICT_OFFICER, "110108", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void aUnitOfAnotherDistrictOrAnInvalidCodeIsRefused() throws Exception {
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", "91110102MA01A1B21X")
			.param("unitName", "校验位错误")
			.param("reason", "测试")).andExpect(status().isBadRequest());
		var haidian = fixtures.base("海淀培育科技有限公司", "110108");
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", haidian.uscc())
			.param("reason", "测试")).andExpect(status().isBadRequest());
	}

	private void addUnregistered(String uscc, String name) throws Exception {
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("unitName", name)
			.param("reason", "基础较好")).andExpect(status().is3xxRedirection());
	}

	private long version(long entryId) {
		return jdbc.queryForObject("select version from cultivation_entry where id = ?", Long.class, entryId);
	}

	private long audited(String event, String outcome, long entryId) {
		return jdbc.queryForObject("select count(*) from audit_entry where event = ? and outcome = ? and object_id = ?",
				Long.class, event, outcome, String.valueOf(entryId));
	}

	private long appointOfficer() throws Exception {
		long accountId = accounts.official(Role.GUIDANCE_OFFICER, XICHENG).getId();
		mvc.perform(post("/api/v1/guidance-officers").with(district)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\": " + accountId + ", \"expertise\": \"保密体系建设\"}"))
			.andExpect(status().isCreated());
		return jdbc.queryForObject("select id from guidance_officer where account_id = ?", Long.class, accountId);
	}

	@Test
	void theDistrictChangesAnEntrysNotesAndOfficerOnThePageAndTakesItOutOnceConfirmed() throws Exception {
		long officerId = appointOfficer();
		String officerName = jdbc.queryForObject("select display_name from guidance_officer where id = ?",
				String.class, officerId);
		String uscc = UsccFixtures.random(XICHENG);
		addUnregistered(uscc, "培育修改科技有限公司");
		long id = entryOf(uscc);
		Document page = pool(uscc);
		assertThat(page.select("#edit-" + id + " select[name=officerId] option[value=" + officerId + "]")).hasSize(1);
		assertThat(page.select("#edit-" + id + " input[name=_csrf]")).hasSize(1);
		assertThat(page.select("#remove-" + id).attr("data-confirm")).contains("培育修改科技有限公司", "移出培育库");
		long seen = version(id);

		mvc.perform(post("/guidance/pool/{id}", id).with(district)
			.with(csrf())
			.param("notes", "已安排指导员上门")
			.param("officerId", String.valueOf(officerId))
			.param("version", String.valueOf(seen))
			.param("q", uscc))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/guidance/pool?q=" + uscc))
			.andExpect(flash().attribute("flashSuccess", "guidance.pool.updated"));
		Document changed = pool(uscc);
		assertThat(changed.select("#pool-" + id).text()).contains("已安排指导员上门", officerName);
		assertThat(changed.select("#officer-" + id + " option[selected]").attr("value"))
			.isEqualTo(String.valueOf(officerId));

		// the version the page showed is stale now: refused with the reason in Chinese, back on the page or as a 409
		mvc.perform(post("/guidance/pool/{id}", id).with(district)
			.with(csrf())
			.param("notes", "覆盖他人修改")
			.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("已被他人修改")));
		mvc.perform(post("/guidance/pool/{id}/removal", id).with(district)
			.with(csrf())
			.header("Referer", "http://localhost/guidance/pool?q=" + uscc)
			.param("version", String.valueOf(seen)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/guidance/pool?q=" + uscc))
			.andExpect(flash().attribute("flashError", "error.concurrentEdit"));
		assertThat(jdbc.queryForObject("select notes from cultivation_entry where id = ?", String.class, id))
			.isEqualTo("已安排指导员上门");
		mvc.perform(post("/guidance/pool/{id}/removal", id).with(Principals.role(Role.DISTRICT_OFFICER, "110108", null))
			.with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().isNotFound());
		mvc.perform(post("/guidance/pool/{id}", id).with(district)
			.with(csrf())
			.param("notes", "x".repeat(2001))
			.param("version", String.valueOf(version(id)))).andExpect(status().isBadRequest());

		mvc.perform(post("/guidance/pool/{id}/removal", id).with(district)
			.with(csrf())
			.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "guidance.pool.removed"));
		assertThat(jdbc.queryForObject("select count(*) from cultivation_entry where id = ?", Long.class, id)).isZero();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> audited("CULTIVATION_UNIT_ADDED", "SUCCESS", id) == 1
					&& audited("CULTIVATION_ENTRY_UPDATED", "SUCCESS", id) == 1
					&& audited("CULTIVATION_ENTRY_STALE", "FAILURE", id) == 2
					&& audited("CULTIVATION_UNIT_REMOVED", "SUCCESS", id) == 1);
	}

	@Test
	void theSearchFindsPercentUnderscoreAndBackslashLiterally() throws Exception {
		String marker = "检索" + UUID.randomUUID().toString().substring(0, 6);
		String[] names = { marker + "50%科技", marker + "500科技", marker + "A_1科技", marker + "AB1科技",
				marker + "C:\\dir科技", marker + "C:dir科技" };
		long[] ids = new long[names.length];
		for (int i = 0; i < names.length; i++) {
			String uscc = UsccFixtures.random(XICHENG);
			addUnregistered(uscc, names[i]);
			ids[i] = entryOf(uscc);
		}
		assertThat(rows(marker + "50%")).containsExactly(ids[0]);
		assertThat(rows(marker + "A_1")).containsExactly(ids[2]);
		assertThat(rows(marker + "C:\\dir")).containsExactly(ids[4]);
		assertThat(rows(marker)).containsExactlyInAnyOrder(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
	}

	private java.util.List<Long> rows(String query) throws Exception {
		return pool(query).select("#poolTable tbody tr[id^=pool-]")
			.eachAttr("id")
			.stream()
			.map(id -> Long.parseLong(id.substring("pool-".length())))
			.toList();
	}
}
