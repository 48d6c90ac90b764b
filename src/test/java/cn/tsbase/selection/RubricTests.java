package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.IndicatorModel;

/** The rubric ships with a default version; a change is a new version; a round keeps the version it was opened with. */
@IntegrationTest
class RubricTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionFixtures selection;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private IndicatorModel stored(long rubricId) {
		return json.readValue(jdbc.queryForObject("select content from review_rubric where id = ?", String.class,
				rubricId), IndicatorModel.class);
	}

	@Test
	void theDefaultRubricScoresTheFiveStandardsAndTwelveElementsWithVetoItems() throws Exception {
		long first = jdbc.queryForObject("select id from review_rubric where version_no = 1", Long.class);
		// stored as the indicator model's JSON in the version (the migration converted the rows it shipped with)
		IndicatorModel shipped = stored(first);
		assertThat(shipped.criteria()).hasSize(17).allSatisfy(c -> {
			assertThat(c.lowest()).isEqualByComparingTo("0");
			assertThat(c.points()).isEqualByComparingTo("10");
		});
		assertThat(shipped.criteria().stream().map(c -> c.weight()).reduce(java.math.BigDecimal.ZERO,
				java.math.BigDecimal::add)).isEqualByComparingTo("100");
		assertThat(shipped.vetoItems()).hasSize(3);
		assertThat(shipped.indicators().get(0).code()).isEqualTo("S1");
		mvc.perform(get("/selection/rubrics/{id}", first).with(Principals.as(SelectionFixtures.municipalOfficer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("管理要素：事件响应与维权")))
			.andExpect(content().string(containsString("基本项（否决）")));
	}

	@Test
	void aNewVersionIsCheckedAndSavedBesideTheOldOneWhichARoundKeeps() throws Exception {
		List<CandidateView> candidates = selection.passedCandidates("110102", 2026, BaseType.POINT, unique("细则单位"));
		ExpertView expert = selection.expert(unique("细则专家"));
		ReviewRoundView before = selection.round(2026, candidates, List.of(expert), 1, 1);
		String name = unique("细则");

		mvc.perform(post("/selection/rubrics").with(csrf())
			.with(Principals.as(SelectionFixtures.municipalOfficer()))
			.param("name", name)
			.param("items[0].name", "综合评价")
			.param("items[0].weight", "1")
			.param("items[0].minimum", "10")
			.param("items[0].points", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 项：分值范围应为 0 至 1000")));

		mvc.perform(post("/selection/rubrics").with(csrf())
			.with(Principals.as(SelectionFixtures.municipalOfficer()))
			.param("name", name)
			.param("items[0].name", "综合评价")
			.param("items[0].weight", "1")
			.param("items[0].minimum", "0")
			.param("items[0].points", "100")
			.param("items[1].veto", "true")
			.param("items[1].name", "无弄虚作假")
			.param("items[2].name", ""))
			.andExpect(status().is3xxRedirection());

		var created = jdbc.queryForMap("select id, version_no from review_rubric where name = ?", name);
		assertThat(stored(((Number) created.get("id")).longValue()).indicators())
			.extracting(i -> i.code() + ":" + i.veto() + ":" + i.lowest().stripTrailingZeros().toPlainString() + "-"
					+ i.points().stripTrailingZeros().toPlainString())
			.containsExactly("C1:false:0-100", "V1:true:0-0");
		assertThat((Integer) created.get("version_no")).isGreaterThan(1);
		// the next version starts from this one, the newest (not from the one that ships, nor an earlier run's)
		mvc.perform(get("/selection/rubrics/new").with(Principals.as(SelectionFixtures.municipalOfficer())))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"综合评价\"")))
			.andExpect(content().string(containsString("value=\"无弄虚作假\"")))
			.andExpect(content().string(containsString("id=\"item-1-veto\" name=\"items[1].veto\" checked")))
			.andExpect(content().string(not(containsString("管理要素：事件响应与维权"))));
		// the round opened before keeps its version; a new round takes the new one by default
		assertThat(jdbc.queryForObject("select rubric_id from review_round where id = ?", Long.class, before.id()))
			.isNotEqualTo(((Number) created.get("id")).longValue());
		mvc.perform(get("/selection/rounds/new").with(Principals.as(SelectionFixtures.municipalOfficer())))
			.andExpect(content().string(containsString("value=\"" + created.get("id") + "\" selected")));
	}
}
