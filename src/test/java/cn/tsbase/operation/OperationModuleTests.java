package cn.tsbase.operation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.base.BaseDesignated;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.BaseProfiles;

/**
 * The operation module's hand-over, on the module and the modules it depends on (issue 10, point 5): a designated base
 * ({@link BaseDesignated}) gets its profile of the five standards, once, under the designated unit's name and type.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class OperationModuleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BaseProfiles profiles;

	@Test
	void aDesignatedBaseGetsItsProfileOnce(Scenario scenario) {
		long baseId = 963_200_001L;
		BaseDesignated designated = new BaseDesignated(baseId, 963_200_002L, "模块测试乙园区",
				UsccFixtures.random("110108"), BaseType.ZONE, 2031, "110108", 963_200_003L, "京市监发〔2031〕2号");

		scenario.publish(designated)
			.andWaitForStateChange(() -> jdbc.queryForList(
					"select unit_name, base_type, district_code, batch_year from base_profile where base_id = ?",
					baseId), rows -> !rows.isEmpty())
			.andVerify(rows -> {
				assertThat(rows).hasSize(1);
				assertThat(rows.get(0)).containsEntry("unit_name", "模块测试乙园区")
					.containsEntry("base_type", "ZONE")
					.containsEntry("district_code", "110108");
				assertThat(((Number) rows.get(0).get("batch_year")).intValue()).isEqualTo(2031);
			});

		// a replayed event opens nothing twice
		assertThat(profiles.open(designated)).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from base_profile where base_id = ?", Long.class, baseId))
			.isEqualTo(1L);
	}
}
