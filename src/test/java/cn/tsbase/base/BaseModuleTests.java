package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * The base module's hand-over, on the module alone (issue 10, point 5): a published list ({@link ListPublished})
 * designates each of its units once and announces each new base with {@link BaseDesignated}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class BaseModuleTests {

	@Test
	void aPublishedListDesignatesItsUnitsAndAnnouncesEachBase(Scenario scenario) {
		long publicationId = 963_100_001L;
		ListPublished published = new ListPublished(publicationId, 0L, 2031, "京市监发〔2031〕1号",
				LocalDate.of(2031, 3, 1), List.of(new ListPublished.Entry(963_100_002L, 963_100_003L, "模块测试甲公司",
						UsccFixtures.random("110102"), BaseType.POINT, "110102", "SOFTWARE_IT")));

		scenario.publish(published)
			.andWaitForEventOfType(BaseDesignated.class)
			.matching(designated -> designated.unitId() == 963_100_003L)
			.toArriveAndVerify(designated -> {
				assertThat(designated.unitName()).isEqualTo("模块测试甲公司");
				assertThat(designated.batchYear()).isEqualTo(2031);
				assertThat(designated.documentNumber()).isEqualTo("京市监发〔2031〕1号");
				assertThat(designated.declarationId()).isEqualTo(963_100_002L);
			});
	}
}
