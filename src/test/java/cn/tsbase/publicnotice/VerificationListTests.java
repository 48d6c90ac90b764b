package cn.tsbase.publicnotice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.Notice;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objection;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.Role;

/** A district's list of verifications: what awaits its findings, and everything it was asked, in its district only. */
@IntegrationTest
class VerificationListTests {

	private static final String DISTRICT = "110115";

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void fixClock() {
		clock.setTo(Instant.parse("2026-06-01T01:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long askedToVerify(String unitName) {
		long listId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		notices.receive(new ProposedListDecided(listId, 2026, "city", List.of(new ProposedListDecided.Entry(
				960_000L + listId % 1000, 860_000L + listId % 1000, unitName, UsccFixtures.random(DISTRICT),
				BaseType.POINT, DISTRICT, "SOFTWARE_IT"))));
		Notice notice = notices.createNotice(listId, "核实列表公示", "<p>现予公示</p>", "书面实名。", notices.today(), 5,
				"city");
		long id = notices.fileObjection(notice.getId(),
				new Objection.Objector("孙异议", null, "某单位", UsccFixtures.random("110101"), "13712345678", null), 0,
				"理由").objectionId();
		notices.askDistrictToVerify(id, version(id), "请核实", "city");
		return id;
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from objection where id = ?", Long.class, id);
	}

	@Test
	void pendingVerificationsLeaveTheDefaultListOnceFindingsAreInAndStayInTheFullList() throws Exception {
		long pending = askedToVerify("待核实甲科技有限公司");
		long recorded = askedToVerify("已核实乙科技有限公司");
		notices.recordDistrictFindings(recorded, version(recorded), "经核实，情况不属实。", DISTRICT, "daxing");
		long closed = askedToVerify("已办结丙科技有限公司");
		notices.recordDistrictFindings(closed, version(closed), "属实。", DISTRICT, "daxing");
		notices.decide(closed, version(closed), Objection.Decision.DISMISSED, "不予支持。", "city");

		mvc.perform(get("/verifications").with(Principals.role(Role.DISTRICT_OFFICER, DISTRICT, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待核实甲科技有限公司")))
			.andExpect(content().string(not(containsString("已核实乙科技有限公司"))))
			.andExpect(content().string(not(containsString("已办结丙科技有限公司"))));
		mvc.perform(get("/verifications").param("all", "true")
			.with(Principals.role(Role.DISTRICT_OFFICER, DISTRICT, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待核实甲科技有限公司")))
			.andExpect(content().string(containsString("已核实乙科技有限公司")))
			.andExpect(content().string(containsString("已提交核实情况")))
			.andExpect(content().string(containsString("已办结丙科技有限公司")));
		mvc.perform(get("/verifications").param("all", "true")
			.with(Principals.role(Role.DISTRICT_OFFICER, "110114", null)))
			.andExpect(content().string(not(containsString("待核实甲科技有限公司"))));

		mvc.perform(get("/verifications/{id}", pending).with(Principals.role(Role.DISTRICT_OFFICER, DISTRICT, null)))
			.andExpect(content().string(containsString("id=\"findingsForm\"")));
		mvc.perform(get("/verifications/{id}", closed).with(Principals.role(Role.DISTRICT_OFFICER, DISTRICT, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verificationClosed\"")))
			.andExpect(content().string(not(containsString("id=\"findingsForm\""))));
	}
}
