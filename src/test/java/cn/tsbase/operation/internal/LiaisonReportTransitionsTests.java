package cn.tsbase.operation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.operation.LiaisonReportAccepted;
import cn.tsbase.operation.LiaisonReportReturned;
import cn.tsbase.operation.LiaisonReportSubmitted;
import cn.tsbase.shared.StateConflictException;

/** A liaison report's transitions refuse every step out of order and register the event of each step taken. */
class LiaisonReportTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-07-03T02:00:00Z");

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	private static final LocalDate END = LocalDate.of(2026, 6, 30);

	/** A draft as the repository hands it back, with its work status written. */
	private static LiaisonReport draft() {
		LiaisonReport report = org.springframework.beans.BeanUtils.instantiateClass(LiaisonReport.class);
		ReflectionTestUtils.setField(report, "id", 11L);
		ReflectionTestUtils.setField(report, "baseId", 1L);
		ReflectionTestUtils.setField(report, "unitId", 2L);
		ReflectionTestUtils.setField(report, "unitName", "测试单位");
		ReflectionTestUtils.setField(report, "districtCode", "110102");
		ReflectionTestUtils.setField(report, "periodStart", START);
		ReflectionTestUtils.setField(report, "periodEnd", END);
		ReflectionTestUtils.setField(report, "dueOn", LocalDate.of(2026, 7, 10));
		ReflectionTestUtils.setField(report, "status", LiaisonReport.Status.DRAFT);
		ReflectionTestUtils.setField(report, "workStatus", "本季度开展培训两次");
		return report;
	}

	@Test
	void eachTransitionRegistersItsEventAndARefusedOneNone() {
		LiaisonReport report = draft();
		assertThatThrownBy(() -> report.accept("officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> report.returnForRevision("理由", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(report.pendingEvents()).isEmpty();

		report.submit("unit", NOW, LocalDate.of(2026, 7, 3));
		assertThatThrownBy(() -> report.submit("unit", NOW, LocalDate.of(2026, 7, 3)))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> report.returnForRevision(" ", "officer", NOW))
			.isInstanceOf(StateConflictException.class);
		report.returnForRevision("请补充问题", "officer", NOW);
		report.submit("unit", NOW, LocalDate.of(2026, 7, 20));
		report.accept("officer", NOW);
		assertThatThrownBy(() -> report.accept("officer", NOW)).isInstanceOf(StateConflictException.class);

		assertThat(report.pendingEvents()).containsExactly(
				new LiaisonReportSubmitted(1L, 2L, "测试单位", "110102", START, END),
				new LiaisonReportReturned(1L, 2L, "测试单位", "110102", START, END, "请补充问题"),
				new LiaisonReportSubmitted(1L, 2L, "测试单位", "110102", START, END),
				new LiaisonReportAccepted(1L, 2L, "测试单位", "110102", START, END));
		// lateness is decided at the first submission (on time), not by the second
		assertThat(report.isLate()).isFalse();
	}
}
