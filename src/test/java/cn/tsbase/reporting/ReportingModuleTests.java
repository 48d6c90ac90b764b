package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.reporting.internal.Escalations;

/**
 * The reporting module's hand-over, on the module and the modules it depends on (issue 10, point 5): a liaison problem
 * the district forwarded ({@link LiaisonProblemForwarded}) arrives at the bureau as an escalation of the district,
 * concerning the base, once. The problem is unknown to the operation module here, so its text says it was closed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ReportingModuleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Escalations escalations;

	@Test
	void aForwardedProblemArrivesAsAnEscalationOnce(Scenario scenario) {
		long problemId = 963_400_001L;
		LiaisonProblemForwarded forwarded = new LiaisonProblemForwarded(problemId, 963_400_002L, "模块测试戊公司",
				"110111");

		scenario.publish(forwarded)
			.andWaitForStateChange(() -> jdbc.queryForList(
					"select district_code, title, description, source, status from escalation where liaison_problem_id = ?",
					problemId), rows -> !rows.isEmpty())
			.andVerify(rows -> {
				assertThat(rows).hasSize(1);
				Map<String, Object> row = rows.get(0);
				assertThat(row).containsEntry("district_code", "110111")
					.containsEntry("title", "联络报告问题：模块测试戊公司")
					.containsEntry("source", "LIAISON");
				assertThat((String) row.get("description")).isNotBlank();
			});

		// a replayed event raises nothing twice
		assertThat(escalations.receiveForwarded(problemId, "110111", "重放", "重放", 963_400_002L, "模块测试戊公司"))
			.isFalse();
		assertThat(jdbc.queryForObject("select count(*) from escalation where liaison_problem_id = ?", Long.class,
				problemId)).isEqualTo(1L);
	}
}
