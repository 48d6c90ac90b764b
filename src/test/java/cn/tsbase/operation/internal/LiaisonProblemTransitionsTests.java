package cn.tsbase.operation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.operation.LiaisonProblemClosed;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.shared.StateConflictException;

/** A liaison problem's transitions register the event of each step taken, and none for a refused one. */
class LiaisonProblemTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-07-03T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 3);

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	/** A problem of a report as the repository hands it back: with its identity, still a draft. */
	private static LiaisonProblem draft() {
		LiaisonReport report = org.springframework.beans.BeanUtils.instantiateClass(LiaisonReport.class);
		ReflectionTestUtils.setField(report, "id", 11L);
		ReflectionTestUtils.setField(report, "baseId", 1L);
		ReflectionTestUtils.setField(report, "unitId", 2L);
		ReflectionTestUtils.setField(report, "unitName", "测试单位");
		ReflectionTestUtils.setField(report, "districtCode", "110102");
		ReflectionTestUtils.setField(report, "periodStart", START);
		LiaisonProblem problem = new LiaisonProblem(report, "缺少专职保密人员", NOW);
		ReflectionTestUtils.setField(problem, "id", 5L);
		return problem;
	}

	private static LiaisonProblem raised() {
		LiaisonProblem problem = draft();
		problem.raise(TODAY, NOW);
		return problem;
	}

	@Test
	void raisingAndReplyingRegisterNothingAndADraftIsRefusedEverything() {
		LiaisonProblem problem = draft();
		assertThatThrownBy(() -> problem.reply("已安排", "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> problem.forward("请协调", "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> problem.close("已解决", "officer", TODAY, NOW))
			.isInstanceOf(StateConflictException.class);
		problem.raise(TODAY, NOW);
		problem.reply("已安排专人跟进", "officer", NOW);
		assertThat(problem.getStatus()).isEqualTo(LiaisonProblem.Status.IN_HAND);
		assertThat(problem.pendingEvents()).isEmpty();
	}

	@Test
	void forwardingRegistersLiaisonProblemForwarded() {
		LiaisonProblem problem = raised();
		problem.forward("需市局协调", "officer", NOW);
		assertThat(problem.pendingEvents()).singleElement()
			.isEqualTo(new LiaisonProblemForwarded(5L, 1L, "测试单位", "110102"));
	}

	@Test
	void closingRegistersLiaisonProblemClosed() {
		LiaisonProblem problem = raised();
		problem.close("已解决", "officer", TODAY, NOW);
		assertThat(problem.pendingEvents()).singleElement()
			.isEqualTo(new LiaisonProblemClosed(5L, 1L, 2L, "测试单位", "110102", START));
	}

	@Test
	void aForwardedProblemClosedRegistersBothInOrder() {
		LiaisonProblem problem = raised();
		problem.forward("需市局协调", "officer", NOW);
		problem.close("市局已答复", "city", TODAY, NOW);
		assertThat(problem.pendingEvents()).containsExactly(new LiaisonProblemForwarded(5L, 1L, "测试单位", "110102"),
				new LiaisonProblemClosed(5L, 1L, 2L, "测试单位", "110102", START));
	}

	@Test
	void aRefusedStepRegistersNothing() {
		LiaisonProblem problem = raised();
		assertThatThrownBy(() -> problem.forward(" ", "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> problem.close("", "officer", TODAY, NOW)).isInstanceOf(StateConflictException.class);
		assertThat(problem.pendingEvents()).isEmpty();

		problem.close("已解决", "officer", TODAY, NOW);
		assertThat(problem.pendingEvents()).hasSize(1);
		assertThatThrownBy(() -> problem.close("再次", "officer", TODAY, NOW))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> problem.forward("请协调", "officer", NOW)).isInstanceOf(StateConflictException.class);
		assertThat(problem.pendingEvents()).hasSize(1);
	}
}
