package cn.tsbase.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.selection.ProposedListDecided;

/**
 * The public notice module's hand-over, on the module and its direct dependencies (issue 10, point 5): the proposed
 * list the selection decided ({@link ProposedListDecided}) is kept, in its order, waiting for its notice; a replayed
 * event keeps it once.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class PublicNoticeModuleTests {

	@Autowired
	NoticeService notices;

	@Test
	void aDecidedListWaitsForItsNotice(Scenario scenario) {
		long listId = 963_300_001L;
		ProposedListDecided decided = new ProposedListDecided(listId, 2031, "module-test", List.of(
				new ProposedListDecided.Entry(963_300_002L, 963_300_003L, "模块测试丙公司", UsccFixtures.random("110105"),
						BaseType.POINT, "110105", "SOFTWARE_IT"),
				new ProposedListDecided.Entry(963_300_004L, 963_300_005L, "模块测试丁园区", UsccFixtures.random("110106"),
						BaseType.ZONE, "110106", "ADVANCED_MANUFACTURING")));

		scenario.publish(decided)
			.andWaitForStateChange(() -> notices.listsWithoutNotice()
				.stream()
				.filter(list -> list.id() == listId)
				.findFirst()
				.orElse(null))
			.andVerify(list -> {
				assertThat(list.year()).isEqualTo(2031);
				assertThat(list.units()).extracting(unit -> unit.unitName())
					.containsExactly("模块测试丙公司", "模块测试丁园区");
			});

		notices.receive(decided);
		assertThat(notices.listsWithoutNotice()).filteredOn(list -> list.id() == listId).hasSize(1);
	}
}
