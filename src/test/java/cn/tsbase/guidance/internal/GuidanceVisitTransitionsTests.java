package cn.tsbase.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.guidance.GuidanceVisitAnswered;
import cn.tsbase.guidance.GuidanceVisitRecorded;
import cn.tsbase.shared.StateConflictException;

/**
 * A guidance visit registers exactly the event of each transition — {@link GuidanceVisitRecorded} once it is saved,
 * {@link GuidanceVisitAnswered} when the unit confirms or comments — and none when a transition is refused.
 */
class GuidanceVisitTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static final LocalDate VISITED = LocalDate.of(2026, 2, 27);

	/** As the repository hands it back: with its identity and version. */
	private static <T> T saved(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		ReflectionTestUtils.setField(entity, "version", 0L);
		return entity;
	}

	private static GuidanceVisit visit() {
		GuidanceOfficer officer = saved(new GuidanceOfficer(31L, "guide1", "指导员甲", "110102", "保密制度", null,
				null, "district", NOW), 1L);
		return new GuidanceVisit(officer, 2L, "测试单位", "110102", null, null,
				new VisitRecord(VISITED, GuidanceMode.ON_SITE, "张某、李某", List.of("TRAINING"),
						List.of(CheckedItem.LEDGERS), "台账不全",
						List.of(new VisitRecord.Recommendation("补齐台账", LocalDate.of(2026, 4, 1)))),
				"guide1", NOW);
	}

	@Test
	void aSavedVisitRegistersThatItWasRecordedOnceAndAnUnsavedOneNothing() {
		GuidanceVisit unsaved = visit();
		assertThatThrownBy(() -> unsaved.recorded(1)).isInstanceOf(IllegalStateException.class);
		assertThat(unsaved.pendingEvents()).isEmpty();

		GuidanceVisit visit = saved(visit(), 9L);
		visit.recorded(1);
		assertThat(visit.pendingEvents())
			.containsExactly(new GuidanceVisitRecorded(9L, 2L, "测试单位", "指导员甲", VISITED, 1));
		assertThatThrownBy(() -> visit.recorded(1)).isInstanceOf(IllegalStateException.class);
		assertThat(visit.pendingEvents()).hasSize(1);
	}

	@Test
	void confirmingRegistersTheAnswerAndASecondAnswerIsRefusedWithoutAnEvent() {
		GuidanceVisit visit = saved(visit(), 9L);
		visit.confirm("unit-user", NOW);
		assertThat(visit.pendingEvents()).containsExactly(new GuidanceVisitAnswered(9L, 2L, true));
		assertThatThrownBy(() -> visit.comment("补充说明", "unit-user", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> visit.confirm("unit-user", NOW)).isInstanceOf(StateConflictException.class);
		assertThat(visit.pendingEvents()).hasSize(1);
	}

	@Test
	void commentingRegistersTheAnswerAsNotConfirmed() {
		GuidanceVisit visit = saved(visit(), 9L);
		visit.comment("参加人员有误", "unit-user", NOW);
		assertThat(visit.pendingEvents()).containsExactly(new GuidanceVisitAnswered(9L, 2L, false));
		assertThat(visit.toView().status()).isEqualTo(VisitStatus.COMMENTED);
	}
}
