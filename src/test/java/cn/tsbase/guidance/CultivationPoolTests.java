package cn.tsbase.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.shared.security.Role;

/**
 * The cultivation pool (培育库): the district adds registered and not-yet-registered units, the latter with an
 * invitation to register, and sees who registered, who applied and who had guidance.
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
	void anUnregisteredUnitGetsAnInvitationToRegisterAndJoinsItsEntryWhenItRegisters() throws Exception {
		String uscc = UsccFixtures.random(XICHENG);
		mvc.perform(post("/guidance/pool").with(district)
			.with(csrf())
			.param("uscc", uscc)
			.param("unitName", "培育邀请科技有限公司")
			.param("reason", "园区推荐的高新技术企业")).andExpect(status().is3xxRedirection());
		long id = entryOf(uscc);
		assertThat(jdbc.queryForObject("select unit_id from cultivation_entry where id = ?", Long.class, id)).isNull();
		assertThat(pool(uscc).select("#pool-" + id + " .status").text()).contains("尚未注册");

		transactions.executeWithoutResult(s -> events.publishEvent(new UnitRegistered(970_555_001L, uscc,
				"培育邀请科技有限公司", XICHENG, Instant.now())));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from cultivation_entry where id = ? and unit_id = ?",
					Long.class, id, 970_555_001L) == 1);
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
		// a registered unit that is no base yet (a base would show as designated: CultivationOutcomeTests)
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
}
