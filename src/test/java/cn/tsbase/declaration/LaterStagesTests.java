package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.MutableClock;
import cn.tsbase.Principals;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.SelectionFixtures;
import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.selection.TestCandidate;
import cn.tsbase.selection.TestExpert;
import cn.tsbase.selection.TestRound;
import cn.tsbase.shared.security.Role;

/**
 * After the district recommended it, the declaration's own page shows how it fared, stage by stage, as the later
 * modules report it: collected, pre-review, expert review, proposed list or not, the notice (linked), objections,
 * publication and the base designated from it (issue 11, point 3).
 */
@IntegrationTest
class LaterStagesTests {

	private static final String DISTRICT = "110102";
	private static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionScenarios selection;

	@Autowired
	NoticeFixtures notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Document page(TestCandidate candidate) throws Exception {
		String html = mvc.perform(get("/declarations/{id}", candidate.getDeclarationId())
			.with(Principals.role(Role.APPLICANT, DISTRICT, candidate.getUnitId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> stages(Document page) {
		Element card = page.getElementById("laterStages");
		return card == null ? List.of() : card.select("li.milestone").eachText();
	}

	@Test
	void theUnitSeesOnItsDeclarationEachStageAfterTheDistrictUpToItsBase() throws Exception {
		List<TestCandidate> candidates = selection.passedCandidates(DISTRICT, YEAR, BaseType.POINT,
				SelectionFixtures.unique("进展甲"), SelectionFixtures.unique("进展乙"));
		TestCandidate chosen = candidates.get(0);
		TestCandidate left = candidates.get(1);

		assertThat(stages(page(chosen))).hasSize(2)
			.anySatisfy(s -> assertThat(s).contains("市市场监管局已接收区局推荐"))
			.anySatisfy(s -> assertThat(s).contains("通过市级书面预审"));

		List<TestExpert> experts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			experts.add(selection.expert(SelectionFixtures.unique("进展专家" + i)));
		}
		TestRound round = selection.round(YEAR, candidates, experts, 3, 2);
		selection.assignAndRelease(round);
		assertThat(stages(page(chosen))).anySatisfy(s -> assertThat(s).contains("专家评审已开始"));
		for (TestExpert expert : experts) {
			selection.score(round, expert, chosen.getDeclarationId(), new BigDecimal("9"));
			selection.score(round, expert, left.getDeclarationId(), new BigDecimal("5"));
		}
		selection.decide(round, Set.of(chosen.getDeclarationId()));

		assertThat(stages(page(chosen))).last().asString().contains("已列入拟入选名单");
		Document leftPage = page(left);
		assertThat(stages(leftPage)).last().asString().contains("未列入拟入选名单");
		assertThat(leftPage.select("#laterStages li.milestone.text-danger")).hasSize(1);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from proposed_list where id = ?", Long.class,
					round.id()) == 1);
		long notice = notices.liveNoticeOf(round.id(), "公示" + SelectionFixtures.unique("进展"));
		Document onNotice = page(chosen);
		assertThat(stages(onNotice)).anySatisfy(s -> assertThat(s).startsWith("✓ 已完成： 公示期"));
		assertThat(onNotice.select("#laterStages a[href=/public/notices/" + notice + "]")).hasSize(1);

		long objection = notices.objection(notice, 0);
		assertThat(stages(page(chosen))).anySatisfy(s -> assertThat(s).contains("收到针对本单位的异议 1 件"));
		notices.dismiss(objection, "经核实，异议不成立。", "city");

		clock.advance(Duration.ofDays(20));
		String number = "京市监发〔2026〕进展" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";
		notices.publish(notice, number, java.time.LocalDate.of(2026, 6, 22), "city");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("select count(*) from demonstration_base where declaration_id = ?",
					Long.class, chosen.getDeclarationId()) == 1);
		Document designated = page(chosen);
		assertThat(stages(designated)).anySatisfy(s -> assertThat(s).contains("已发文公布（" + number + "）"))
			.last().asString().contains("已认定为商业秘密保护示范基地");
		assertThat(designated.select("#laterStages a[href^=/public/bases/]")).hasSize(1);
		assertThat(designated.select("#laterStages li.milestone.text-danger")).isEmpty();
	}
}
