package cn.tsbase.publicnotice;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.security.Role;

/** The municipal bureau's list of notices. */
@IntegrationTest
class NoticePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeService notices;

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

	@Test
	void theOfficersListShowsEachNoticeWithTheNumberOfUnitsOnIt() throws Exception {
		long listId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		notices.receive(new ProposedListDecided(listId, 2026, "city", List.of(
				new ProposedListDecided.Entry(1L, 1L, "列表页甲公司", UsccFixtures.random("110102"), BaseType.POINT,
						"110102", "SOFTWARE_IT"),
				new ProposedListDecided.Entry(2L, 2L, "列表页乙园区", UsccFixtures.random("110102"), BaseType.ZONE,
						"110102", "SOFTWARE_IT"))));
		notices.createNotice(listId, "列表页测试公示", "<p>现予公示</p>", "书面实名异议。", notices.today(), 5, "city");

		mvc.perform(get("/notices").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("列表页测试公示")));
	}
}
