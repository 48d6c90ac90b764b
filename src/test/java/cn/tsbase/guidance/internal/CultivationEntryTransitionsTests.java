package cn.tsbase.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.guidance.CultivationEntryChanged;
import cn.tsbase.guidance.CultivationInvited;
import cn.tsbase.guidance.CultivationUnitAdded;
import cn.tsbase.guidance.CultivationUnitRemoved;
import cn.tsbase.shared.StateConflictException;

/**
 * A cultivation pool entry registers exactly the event of each of the district's steps — added (with the registered
 * unit joining), changed, invited, removed — and of an unregistered unit registering, and none when a step is
 * refused.
 */
class CultivationEntryTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static final String USCC = "91110102MA01A1B2XX";

	/** As the repository hands it back: with its identity and version. */
	private static <T> T saved(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		ReflectionTestUtils.setField(entity, "version", 0L);
		return entity;
	}

	private static CultivationEntry entry(Long unitId) {
		return new CultivationEntry("110102", USCC, unitId, "培育测试有限公司", "基础较好", null, null, "district",
				NOW);
	}

	private static GuidanceOfficer officer() {
		return saved(new GuidanceOfficer(31L, "guide1", "指导员甲", "110102", "保密制度", null, null, "district", NOW),
				4L);
	}

	@Test
	void aSavedRegisteredUnitIsAddedAndJoinsItsEntryOnce() {
		CultivationEntry unsaved = entry(2L);
		assertThatThrownBy(unsaved::added).isInstanceOf(IllegalStateException.class);
		assertThat(unsaved.pendingEvents()).isEmpty();

		CultivationEntry entry = saved(entry(2L), 8L);
		entry.added();
		assertThat(entry.pendingEvents()).containsExactly(new CultivationOutcomes.UnitJoined(8L, 2L),
				new CultivationUnitAdded(8L, "110102", USCC, 2L));
		assertThatThrownBy(entry::added).isInstanceOf(IllegalStateException.class);
		assertThat(entry.pendingEvents()).hasSize(2);
	}

	@Test
	void anUnregisteredUnitIsAddedWithoutJoiningAndJoinsWhenItRegistersOnce() {
		CultivationEntry entry = saved(entry(null), 8L);
		entry.added();
		assertThat(entry.pendingEvents()).containsExactly(new CultivationUnitAdded(8L, "110102", USCC, null));

		entry.registered(2L, "培育测试有限公司");
		assertThat(entry.pendingEvents()).containsExactly(new CultivationUnitAdded(8L, "110102", USCC, null),
				new CultivationOutcomes.UnitJoined(8L, 2L));
		assertThatThrownBy(() -> entry.registered(3L, "另一单位")).isInstanceOf(StateConflictException.class);
		assertThat(entry.pendingEvents()).hasSize(2);
		assertThat(entry.getUnitId()).isEqualTo(2L);
	}

	@Test
	void changingTheNotesAndOfficerRegistersTheOfficerOrNone() {
		CultivationEntry entry = saved(entry(2L), 8L);
		entry.update("重点培育", officer());
		entry.update(null, null);
		assertThat(entry.pendingEvents()).containsExactly(new CultivationEntryChanged(8L, "110102", 4L),
				new CultivationEntryChanged(8L, "110102", null));
	}

	@Test
	void anInvitationIsRegisteredForARegisteredUnitAndRefusedWithoutAnEventForAnUnregisteredOne() {
		CultivationEntry unregistered = saved(entry(null), 8L);
		assertThatThrownBy(() -> unregistered.invite(5L, "2026年申报通知", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(unregistered.pendingEvents()).isEmpty();

		CultivationEntry entry = saved(entry(2L), 9L);
		entry.invite(5L, "2026年申报通知", NOW);
		assertThat(entry.pendingEvents())
			.containsExactly(new CultivationInvited(9L, 2L, "培育测试有限公司", 5L, "2026年申报通知"));
	}

	@Test
	void removingRegistersTheRemoval() {
		CultivationEntry entry = saved(entry(2L), 8L);
		entry.remove();
		assertThat(entry.pendingEvents()).containsExactly(new CultivationUnitRemoved(8L, "110102", USCC));
	}

	@Test
	void applyingAndReachingAStageRegisterNothing() {
		CultivationEntry entry = saved(entry(2L), 8L);
		entry.applied(5L, NOW);
		entry.declared(70L);
		entry.reached(70L, SelectionOutcome.NOT_PROPOSED);
		assertThat(entry.pendingEvents()).isEmpty();
		assertThat(entry.toView(0).outcome()).isEqualTo(SelectionOutcome.NOT_PROPOSED);
		entry.reached(70L, SelectionOutcome.PROPOSED);
		assertThat(entry.toView(0).outcome()).isEqualTo(SelectionOutcome.NOT_PROPOSED);
	}
}
