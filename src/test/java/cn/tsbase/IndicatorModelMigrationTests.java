package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.shared.indicators.IndicatorModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migrations that moved the district review's criteria and the expert rubric's items into the shared indicator
 * model (ADR 0030, step 3), run on this database (H2 or PostgreSQL) in a schema of their own: each module's
 * migrations up to the version before, rows written as that version held them (names with a quote, a backslash and
 * Chinese), then the migration; the JSON it writes reads back as the same items, in their order.
 */
@IntegrationTest
class IndicatorModelMigrationTests {

	@Autowired
	DataSource dataSource;

	final JdbcTemplate jdbc = new JdbcTemplate();

	final JsonMapper json = JsonMapper.builder().build();

	final String schema = "mig_" + UUID.randomUUID().toString().substring(0, 8);

	/** The schema as Flyway created it: quoted, so its case holds on H2 (upper by default) and PostgreSQL (lower). */
	final String q = "\"" + schema + "\"";

	@AfterEach
	void dropSchema() {
		jdbc.setDataSource(dataSource);
		jdbc.execute("drop schema " + q + " cascade");
	}

	@Test
	void theDistrictCriteriaRowsBecomeOneSetPerCallAndDistrict() throws Exception {
		Flyway before = flyway("districtreview", "3");
		before.migrate();
		jdbc.setDataSource(dataSource);
		String table = q + ".review_criterion";
		jdbc.update("insert into " + table + " (call_id, district_code, position, name, max_points) values"
				+ " (7, '110102', 1, '制度建设\"完善\"', 40), (7, '110102', 2, '路径 C:\\\\数据', 60),"
				+ " (7, null, 1, '通用标准', 100), (8, '110102', 1, '另一通知', 100)");

		flyway("districtreview", "4").migrate();

		Map<String, Object> xicheng = jdbc.queryForMap("select content, version from " + q
				+ ".review_criteria_set where call_id = 7 and district_code = '110102'");
		IndicatorModel model = json.readValue((String) xicheng.get("content"), IndicatorModel.class);
		assertThat(model.indicators()).extracting(IndicatorModel.Indicator::code).containsExactly("1", "2");
		assertThat(model.indicators()).extracting(IndicatorModel.Indicator::name)
			.containsExactly("制度建设\"完善\"", "路径 C:\\\\数据");
		assertThat(model.indicators()).extracting(i -> i.points().intValueExact()).containsExactly(40, 60);
		assertThat(model.indicators()).noneMatch(IndicatorModel.Indicator::veto);
		assertThat(((Number) xicheng.get("version")).longValue()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from " + q + ".review_criteria_set", Long.class))
			.isEqualTo(3);
		assertThat(json.readValue(jdbc.queryForObject("select content from " + q
				+ ".review_criteria_set where call_id = 7 and district_code is null", String.class),
				IndicatorModel.class).indicators()).extracting(IndicatorModel.Indicator::name).containsExactly("通用标准");
		assertThat(tables()).doesNotContain("review_criterion");
	}

	@Test
	void theRubricItemsMoveIntoTheirVersionWithRangesWeightsAndVetoItems() throws Exception {
		flyway("selection", "3.1").migrate();
		jdbc.setDataSource(dataSource);
		long rubric = jdbc.queryForObject("select max(id) from " + q + ".review_rubric", Long.class);
		List<String> before = jdbc.queryForList("select code from " + q
				+ ".review_rubric_item where rubric_id = ? order by position", String.class, rubric);
		jdbc.update("insert into " + q + ".review_rubric (version_no, name, created_by, created_at)"
				+ " values (2, '第二版', 'test', current_timestamp)");
		long second = jdbc.queryForObject("select id from " + q + ".review_rubric where version_no = 2",
				Long.class);
		jdbc.update("insert into " + q + ".review_rubric_item (rubric_id, position, code, kind, name, weight,"
				+ " min_score, max_score) values (?, 1, 'A\"1', 'CRITERION', '名称\\\\含\"引号\"', 1.50, 2.00, 10.00),"
				+ " (?, 2, 'V', 'VETO', '无违法记录', null, null, null)", second, second);

		flyway("selection", "4").migrate();

		IndicatorModel shipped = json.readValue(jdbc.queryForObject("select content from " + q
				+ ".review_rubric where id = ?", String.class, rubric), IndicatorModel.class);
		assertThat(shipped.indicators()).extracting(IndicatorModel.Indicator::code).containsExactlyElementsOf(before);
		IndicatorModel model = json.readValue(jdbc.queryForObject("select content from " + q
				+ ".review_rubric where id = ?", String.class, second), IndicatorModel.class);
		assertThat(model.indicators()).hasSize(2);
		IndicatorModel.Indicator criterion = model.indicators().get(0);
		assertThat(criterion.code()).isEqualTo("A\"1");
		assertThat(criterion.name()).isEqualTo("名称\\\\含\"引号\"");
		assertThat(criterion.points()).isEqualByComparingTo("10");
		assertThat(criterion.minimum()).isEqualByComparingTo("2");
		assertThat(criterion.weight()).isEqualByComparingTo("1.5");
		IndicatorModel.Indicator veto = model.indicators().get(1);
		assertThat(veto.veto()).isTrue();
		assertThat(veto.points()).isEqualByComparingTo("0");
		assertThat(tables()).doesNotContain("review_rubric_item");
	}

	private Flyway flyway(String module, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(true)
			.locations("classpath:db/migration/" + module)
			.target(target)
			.load();
	}

	private List<String> tables() {
		return jdbc.queryForList("select lower(table_name) from information_schema.tables where table_schema = ?",
				String.class, schema);
	}
}
