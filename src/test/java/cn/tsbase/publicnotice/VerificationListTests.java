package cn.tsbase.publicnotice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/** A district's list of verifications: what awaits its findings, and everything it was asked, in its district only. */
@IntegrationTest
class VerificationListTests {

	private static final String DISTRICT = "110115";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectionHandling handling;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	NoticeFixtures fixtures;

	@BeforeEach
	void fixClock() {
		clock.setTo(Instant.parse("2026-06-01T01:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long askedToVerify(String unitName) {
		NoticeView notice = fixtures.liveNotice("核实列表公示", NoticeFixtures.inDistrict(DISTRICT, unitName));
		long id = fixtures.objection(notice, 0);
		handling.askDistrictToVerify(id, version(id), "请核实");
		return id;
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from objection where id = ?", Long.class, id);
	}

	@Test
	void pendingVerificationsLeaveTheDefaultListOnceFindingsAreInAndStayInTheFullList() throws Exception {
		long pending = askedToVerify("待核实甲科技有限公司");
		long recorded = askedToVerify("已核实乙科技有限公司");
		handling.recordDistrictFindings(recorded, version(recorded), "经核实，情况不属实。", DISTRICT);
		long closed = askedToVerify("已办结丙科技有限公司");
		handling.recordDistrictFindings(closed, version(closed), "属实。", DISTRICT);
		handling.decide(closed, version(closed), ObjectionDecision.DISMISSED, "不予支持。", "city");

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
