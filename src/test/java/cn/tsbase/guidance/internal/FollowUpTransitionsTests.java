package cn.tsbase.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.guidance.FollowUpReopened;
import cn.tsbase.guidance.FollowUpReported;
import cn.tsbase.shared.StateConflictException;

/**
 * A recommendation's follow-up registers exactly the event of each transition — {@link FollowUpReported} for the
 * officer when the unit reports, {@link FollowUpReopened} with the reason when the officer reopens it, none when the
 * officer closes it — and none when a transition is refused.
 */
class FollowUpTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	/** An open follow-up as the repository hands it back. */
	private static FollowUp open() {
		FollowUp followUp = new FollowUp();
		ReflectionTestUtils.setField(followUp, "id", 5L);
		ReflectionTestUtils.setField(followUp, "visitId", 3L);
		ReflectionTestUtils.setField(followUp, "officerId", 11L);
		ReflectionTestUtils.setField(followUp, "unitId", 2L);
		ReflectionTestUtils.setField(followUp, "unitName", "测试单位");
		ReflectionTestUtils.setField(followUp, "districtCode", "110102");
		ReflectionTestUtils.setField(followUp, "recommendation", "补齐台账");
		ReflectionTestUtils.setField(followUp, "dueOn", LocalDate.of(2026, 4, 1));
		ReflectionTestUtils.setField(followUp, "status", FollowUpStatus.OPEN);
		return followUp;
	}

	@Test
	void theUnitsReportRegistersItForTheOfficerAndASecondReportIsRefusedWithoutAnEvent() {
		FollowUp followUp = open();
		followUp.report("已补齐", "unit-user", NOW, 41L);
		assertThat(followUp.pendingEvents()).containsExactly(new FollowUpReported(5L, 3L, 2L, "测试单位", 41L));
		assertThatThrownBy(() -> followUp.report("再次", "unit-user", NOW, 41L))
			.isInstanceOf(StateConflictException.class);
		assertThat(followUp.pendingEvents()).hasSize(1);
	}

	@Test
	void reopeningRegistersTheReasonAndReopeningAnOpenOneIsRefusedWithoutAnEvent() {
		FollowUp followUp = open();
		assertThatThrownBy(() -> followUp.reopen("缺少第三季度")).isInstanceOf(StateConflictException.class);
		assertThat(followUp.pendingEvents()).isEmpty();
		followUp.report("已补齐", "unit-user", NOW, 41L);
		followUp.reopen("缺少第三季度");
		assertThat(followUp.pendingEvents()).containsExactly(new FollowUpReported(5L, 3L, 2L, "测试单位", 41L),
				new FollowUpReopened(5L, 3L, 2L, "测试单位", "缺少第三季度"));
	}

	@Test
	void closingRegistersNoEventAndClosingAgainIsRefused() {
		FollowUp followUp = open();
		followUp.close("现场核实", "guide", NOW);
		assertThat(followUp.pendingEvents()).isEmpty();
		assertThatThrownBy(() -> followUp.close(null, "guide", NOW)).isInstanceOf(StateConflictException.class);
		assertThat(followUp.pendingEvents()).isEmpty();
	}
}
