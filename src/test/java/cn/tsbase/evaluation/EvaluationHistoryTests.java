package cn.tsbase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.internal.Evaluations;
import cn.tsbase.evaluation.internal.Revocations;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;
import cn.tsbase.shared.web.ExportedWorkbooks;

/**
 * Published results year over year, counted by hand: two consecutive rounds over three point bases (顺义 A and B,
 * 通州 C); every indicator scored at 75 % (S 5 × 4.5 = 22.5 of 30, E 12 × 3.0 = 36.0 of 48, R 6.0 + 4.5 + 6.0 = 16.5
 * of 22: 75.0, 合格); B fails veto item V1 in the first year (不合格, rectification proposed) and passes the second;
 * C's title is then revoked. The base's years, the district's and the city's table, the export, and the scopes.
 */
@IntegrationTest
class EvaluationHistoryTests {

	static final String SHUNYI = "110113";
	static final String TONGZHOU = "110115";

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	PublishedRounds published;

	@Autowired
	BaseFixtures bases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Revocations revocations;

	static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	static RequestPostProcessor municipal() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	long revocationVersion(long id) {
		return jdbc.queryForObject("select version from revocation where id = ?", Long.class, id);
	}

	@Test
	void twoPublishedYearsShowPerBaseAndInTheScopedTableAndExport() throws Exception {
		int[] years = RevocationTests.twoYears();
		LocalDate date = EvaluationFixtures.nextDate();
		EvaluationFixtures.Designated first = fixtures.designate("历年评估A公司", SHUNYI, BaseType.POINT, date);
		EvaluationFixtures.Designated second = fixtures.designate("历年评估B公司", SHUNYI, BaseType.POINT, date);
		EvaluationFixtures.Designated third = fixtures.designate("历年评估C公司", TONGZHOU, BaseType.POINT, date);
		published.publish(years[0], date, Set.of(second.baseId()));
		published.publish(years[1], date, Set.of());
		CurrentUser bureau = PublishedRounds.user(Role.MUNICIPAL_OFFICER, null, null);
		long revocation = revocations.propose(third.baseId(), "申报材料弄虚作假", 5, bureau);
		revocations.respond(revocation, revocationVersion(revocation), "无异议",
				PublishedRounds.user(Role.APPLICANT, TONGZHOU, third.unitId()));
		revocations.revoke(revocation, revocationVersion(revocation), "京市监发〔2071〕7号", LocalDate.now(), "材料不实",
				bureau);

		// one base's years, oldest first, with the dimension scores, the rectification and the year's grounds
		String y0 = "$.years[0]";
		mvc.perform(get("/api/v1/evaluation-history/{id}", second.baseId())
			.with(Principals.role(Role.APPLICANT, SHUNYI, second.unitId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("历年评估B公司"))
			.andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath(y0 + ".year").value(years[0]))
			.andExpect(jsonPath(y0 + ".grade").value("FAIL"))
			.andExpect(jsonPath(y0 + ".vetoFailed").value(true))
			.andExpect(jsonPath(y0 + ".total").value(75.0))
			.andExpect(jsonPath(y0 + ".dimensions[0].code").value("S"))
			.andExpect(jsonPath(y0 + ".dimensions[0].score").value(22.5))
			.andExpect(jsonPath(y0 + ".dimensions[0].points").value(30))
			.andExpect(jsonPath(y0 + ".dimensions[1].score").value(36.0))
			.andExpect(jsonPath(y0 + ".dimensions[1].points").value(48))
			.andExpect(jsonPath(y0 + ".dimensions[2].score").value(16.5))
			.andExpect(jsonPath(y0 + ".dimensions[2].points").value(22))
			.andExpect(jsonPath(y0 + ".rectification").value("PROPOSED"))
			.andExpect(jsonPath("$.years[1].year").value(years[1]))
			.andExpect(jsonPath("$.years[1].grade").value("PASS"))
			.andExpect(jsonPath("$.years[1].rectification").doesNotExist())
			.andExpect(jsonPath("$.revocations.length()").value(0));
		mvc.perform(get("/api/v1/evaluation-history/{id}", third.baseId()).with(district(TONGZHOU)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath("$.revocations[0].status").value("REVOKED"))
			.andExpect(jsonPath("$.revocations[0].documentNumber").value("京市监发〔2071〕7号"));
		// outside the scope there is nothing to see
		mvc.perform(get("/api/v1/evaluation-history/{id}", second.baseId()).with(district(TONGZHOU)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()").value(0));
		mvc.perform(get("/api/v1/evaluation-history/{id}", second.baseId())
			.with(Principals.role(Role.APPLICANT, SHUNYI, first.unitId())))
			.andExpect(jsonPath("$.years.length()").value(0));

		// the base's evaluation page shows its years
		long latest = jdbc.queryForObject("select e.id from evaluation e join evaluation_round r on r.id = e.round_id "
				+ "where e.base_id = ? and r.round_year = ?", Long.class, second.baseId(), years[1]);
		mvc.perform(get("/evaluation/evaluations/{id}", latest)
			.with(Principals.role(Role.APPLICANT, SHUNYI, second.unitId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("历年评估结果")))
			.andExpect(content().string(containsString("保护管理要素：36.0 / 48")))
			.andExpect(content().string(containsString("基本项未通过")))
			.andExpect(content().string(containsString("待区局下达")));

		// the table: bases × years, scoped to the district; the bureau narrows by district
		String cell = "$.bases.content[%d].cells['%d'].%s";
		mvc.perform(get("/api/v1/evaluation-history").param("district", SHUNYI).with(municipal()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years[?(@ == " + years[0] + ")]").exists())
			.andExpect(jsonPath("$.bases.totalElements").value(2))
			.andExpect(jsonPath("$.bases.content[0].unitName").value("历年评估A公司"))
			.andExpect(jsonPath(cell.formatted(0, years[0], "grade")).value("PASS"))
			.andExpect(jsonPath(cell.formatted(0, years[0], "rectification")).value(false))
			.andExpect(jsonPath(cell.formatted(1, years[0], "grade")).value("FAIL"))
			.andExpect(jsonPath(cell.formatted(1, years[0], "rectification")).value(true))
			.andExpect(jsonPath(cell.formatted(1, years[1], "grade")).value("PASS"))
			.andExpect(jsonPath("$.bases.content[1].revoked").value(false));
		// the district's own bases only (other tests' rounds may have published bases of this district too)
		mvc.perform(get("/api/v1/evaluation-history").with(district(TONGZHOU)).param("size", "100"))
			.andExpect(jsonPath("$.bases.content[?(@.unitName == '历年评估C公司')].revoked").value(true))
			.andExpect(jsonPath("$.bases.content[?(@.unitName == '历年评估A公司')]").isEmpty())
			.andExpect(jsonPath("$.bases.content[?(@.unitName == '历年评估B公司')]").isEmpty());
		mvc.perform(get("/api/v1/evaluation-history").param("district", SHUNYI).with(district(TONGZHOU)))
			.andExpect(jsonPath("$.bases.totalElements").value(0));
		mvc.perform(get("/evaluation/history").with(district(SHUNYI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("历年评估A公司")))
			.andExpect(content().string(containsString("不合格</span><span class=\"text-danger\">（整改）")))
			.andExpect(content().string(not(containsString("历年评估C公司"))));
		mvc.perform(get("/evaluation/history").with(Principals.role(Role.APPLICANT, SHUNYI, first.unitId())))
			.andExpect(status().isForbidden());

		// the export: the same rows, one column per year, audited
		List<List<String>> rows = ExportedWorkbooks.rows(mvc,
				get("/evaluation/history.xlsx").param("district", SHUNYI).with(municipal()));
		assertThat(rows).hasSize(3);
		int column = rows.get(0).indexOf(String.valueOf(years[0]));
		assertThat(column).isGreaterThan(3);
		assertThat(rows.get(0).subList(0, 4)).containsExactly("示范基地（单位）", "所在区", "类型", "已撤销");
		assertThat(rows.get(1).get(0)).isEqualTo("历年评估A公司");
		assertThat(rows.get(1).get(column)).isEqualTo("合格");
		assertThat(rows.get(2).get(column)).isEqualTo("不合格（整改）");
		assertThat(rows.get(2).get(column + 1)).isEqualTo("合格");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where event = 'LIST_EXPORTED' "
					+ "and object_type = 'EvaluationHistory' and detail = ?", Long.class, SHUNYI + ": 2 rows") > 0);
	}
}
