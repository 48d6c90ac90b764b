package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Dimension;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.Role;

/** A draft indicator system is edited in the shared indicator editor: all its indicators at once. */
@IntegrationTest
class IndicatorSystemEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EvaluationFixtures fixtures;

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	private long draft() throws Exception {
		String location = mvc.perform(post("/evaluation/indicator-systems").with(municipal()).with(csrf())
			.param("year", String.valueOf(EvaluationFixtures.nextYear()))
			.param("baseType", BaseType.POINT.name()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private IndicatorModel stored(long id) {
		return json.readValue(jdbc.queryForObject("select content from indicator_system where id = ?", String.class,
				id), IndicatorModel.class);
	}

	/** The editor's post of the model's items as they are, then the extra rows given (dimension, name, points). */
	private MockHttpServletRequestBuilder save(long id, IndicatorModel model, String... extra) {
		return save(id, fixtures.systemVersion(id), model, extra);
	}

	private MockHttpServletRequestBuilder save(long id, long version, IndicatorModel model, String... extra) {
		MockHttpServletRequestBuilder request = post("/evaluation/indicator-systems/{id}/indicators", id)
			.with(municipal())
			.with(csrf())
			.param("version", String.valueOf(version));
		int row = 0;
		for (Dimension d : model.dimensions()) {
			for (Indicator i : d.indicators()) {
				String p = "items[" + row++ + "].";
				request.param(p + "code", i.code())
					.param(p + "dimension", d.code())
					.param(p + "name", i.name())
					.param(p + "points", i.points().toPlainString())
					.param(p + "guidance", i.guidance() == null ? "" : i.guidance())
					.param(p + "evidence", i.evidence() == null ? "" : i.evidence())
					.param(p + "dataSource", i.dataSource() == null ? "" : i.dataSource());
				if (i.veto()) {
					request.param(p + "veto", "true");
				}
			}
		}
		for (int e = 0; e < extra.length; e += 3) {
			String p = "items[" + row++ + "].";
			request.param(p + "dimension", extra[e]).param(p + "name", extra[e + 1]).param(p + "points", extra[e + 2]);
		}
		return request;
	}

	@Test
	void theDraftsIndicatorsAreChangedRemovedAndAddedInTheEditorKeepingTheirCodes() throws Exception {
		long id = draft();
		mvc.perform(get("/evaluation/indicator-systems/{id}", id).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"indicatorsForm\"")))
			.andExpect(content().string(containsString("name=\"items[0].guidance\"")))
			.andExpect(content().string(containsString("name=\"items[0].dataSource\"")));
		IndicatorModel before = stored(id);
		Indicator first = before.indicators().get(0);
		Indicator second = before.indicators().get(1);
		IndicatorModel changed = before
			.with(new Indicator(first.code(), "领导机构（调整）", first.points(), "看任命文件", first.evidence(), false,
					first.dataSource()))
			.with(new Indicator(second.code(), "", second.points(), null, null, false, null));

		mvc.perform(save(id, changed, "E", "新增要素", "2.5")).andExpect(status().is3xxRedirection());

		IndicatorModel after = stored(id);
		assertThat(after.indicator(first.code()).orElseThrow().name()).isEqualTo("领导机构（调整）");
		assertThat(after.indicator(first.code()).orElseThrow().guidance()).isEqualTo("看任命文件");
		assertThat(after.indicator(second.code())).isEmpty();
		assertThat(after.indicators()).hasSize(before.indicators().size());
		Dimension elements = after.dimensions().stream().filter(d -> d.code().equals("E")).findFirst().orElseThrow();
		Indicator added = elements.indicators().get(elements.indicators().size() - 1);
		assertThat(added.name()).isEqualTo("新增要素");
		assertThat(added.points()).isEqualByComparingTo("2.5");
		assertThat(before.indicator(added.code())).isEmpty();
		assertThat(added.code()).startsWith("E");
		assertThat(after.vetoItems()).extracting(Indicator::code)
			.containsExactlyElementsOf(before.vetoItems().stream().map(Indicator::code).toList());
	}

	@Test
	void aWrongRowIsShownAgainWithItsNumberAndNothingIsSaved() throws Exception {
		long id = draft();
		IndicatorModel before = stored(id);
		mvc.perform(save(id, before, "E", "超分要素", "101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 " + (before.indicators().size() + 1) + " 项不正确")))
			.andExpect(content().string(containsString("value=\"超分要素\"")));
		mvc.perform(save(id, before, "X", "无此维度", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 " + (before.indicators().size() + 1) + " 项不正确")));
		assertThat(stored(id)).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		long id = draft();
		IndicatorModel before = stored(id);
		mvc.perform(save(id, fixtures.systemVersion(id) + 1, before)).andExpect(status().isConflict());
		assertThat(stored(id)).isEqualTo(before);
	}
}
