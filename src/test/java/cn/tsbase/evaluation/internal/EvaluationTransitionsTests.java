package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.EvaluationProposed;
import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.evaluation.RectificationDecided;
import cn.tsbase.evaluation.RectificationIssued;
import cn.tsbase.evaluation.RectificationOverdue;
import cn.tsbase.evaluation.RectificationSubmitted;
import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.evaluation.RevocationProposed;
import cn.tsbase.evaluation.RevocationResponded;
import cn.tsbase.evaluation.RevocationTriggerFlagged;
import cn.tsbase.evaluation.SelfEvaluationClosed;
import cn.tsbase.evaluation.SelfEvaluationSubmitted;
import cn.tsbase.evaluation.SupplementRequested;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.indicators.Grade;
import cn.tsbase.shared.indicators.IndicatorModel;

/**
 * The evaluation module's aggregates register exactly the event of each transition (issue 10, point 2) and none
 * when a transition is refused: an evaluation its submission, the supplement request and the proposal; a round the
 * publication with the results; a rectification its issue, submission, decisions and the overdue notice; a
 * revocation its proposal, the response and the decision; a ground for revocation its flagging. A closed
 * self-evaluation (deadline missed) registers nothing.
 */
class EvaluationTransitionsTests {

	private static final IndicatorModel CONTENT = DefaultIndicators.content(BaseType.POINT);

	private static final Instant NOW = Instant.parse("2026-01-10T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

	private static <T> T withId(T aggregate, long id) {
		ReflectionTestUtils.setField(aggregate, "id", id);
		return aggregate;
	}

	@Test
	void anEvaluationRegistersItsSubmissionTheSupplementRequestAndTheProposal() {
		Evaluation e = withId(new Evaluation(1, 2, 3, "测试公司", "110102", BaseType.POINT, 4), 9L);
		assertThatThrownBy(() -> e.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW))
			.isInstanceOf(StateConflictException.class);
		Map<String, Evaluation.SelfInput> self = new LinkedHashMap<>();
		CONTENT.indicators().forEach(i -> self.put(i.code(), new Evaluation.SelfInput("说明", i.veto() ? null : i.points())));
		e.writeSelfEvaluation(CONTENT, self);
		assertThat(e.pendingEvents()).isEmpty();
		e.submitSelfEvaluation(CONTENT, NOW);
		e.requestSupplement("补充材料", TODAY.plusDays(7));
		e.submitSelfEvaluation(CONTENT, NOW);
		Map<String, Evaluation.DistrictInput> scores = new LinkedHashMap<>();
		CONTENT.indicators().forEach(i -> scores.put(i.code(), new Evaluation.DistrictInput(i.veto() ? null : i.points(),
				"意见", false)));
		e.score(CONTENT, scores);
		e.propose(CONTENT, DefaultIndicators.THRESHOLDS, NOW);
		assertThatThrownBy(() -> e.requestSupplement("再补", TODAY)).isInstanceOf(StateConflictException.class);
		assertThat(e.pendingEvents()).containsExactly(new SelfEvaluationSubmitted(9L, 2L, "测试公司", "110102"),
				new SupplementRequested(9L, 2L, 3L, "110102", "补充材料", TODAY.plusDays(7)),
				new SelfEvaluationSubmitted(9L, 2L, "测试公司", "110102"),
				new EvaluationProposed(9L, 2L, "110102", Grade.EXCELLENT));
	}

	@Test
	void aMissedSelfEvaluationRegistersItsClosingAndCountsAsFailOnlyUnderThatRule() {
		Evaluation scored = withId(new Evaluation(1, 2, 3, "测试公司", "110102", BaseType.POINT, 4), 9L);
		scored.missSelfEvaluation(MissedSelfEvaluationRule.DISTRICT_SCORES, 2026, NOW);
		assertThat(scored.getStatus()).isEqualTo(EvaluationStatus.SUBMITTED);
		assertThat(scored.failsRegardless()).isFalse();
		assertThatThrownBy(() -> scored.missSelfEvaluation(MissedSelfEvaluationRule.FAILS, 2026, NOW))
			.isInstanceOf(StateConflictException.class);
		Evaluation failed = withId(new Evaluation(1, 5, 6, "另一公司", "110102", BaseType.POINT, 4), 10L);
		failed.missSelfEvaluation(MissedSelfEvaluationRule.FAILS, 2026, NOW);
		assertThat(failed.getStatus()).isEqualTo(EvaluationStatus.PROPOSED);
		assertThat(failed.getProposedGrade()).isEqualTo(Grade.FAIL);
		assertThat(failed.failsRegardless()).isTrue();
		assertThat(scored.pendingEvents()).containsExactly(new SelfEvaluationClosed(9L, 2L, 3L, "110102", 2026, false));
		assertThat(failed.pendingEvents()).containsExactly(new SelfEvaluationClosed(10L, 5L, 6L, "110102", 2026, true));
	}

	@Test
	void aRoundRegistersThePublicationWithItsResultsOnce() {
		EvaluationRound round = withId(new EvaluationRound(2026, TODAY, TODAY.plusDays(10), TODAY.plusDays(40), 1L, 2L,
				"bureau", NOW), 4L);
		List<EvaluationResultsPublished.Result> results = List
			.of(new EvaluationResultsPublished.Result(9L, 2L, 3L, "110102", Grade.PASS));
		round.publish("京市监发〔2026〕9号", TODAY, results);
		assertThatThrownBy(() -> round.publish("京市监发〔2026〕10号", TODAY, results))
			.isInstanceOf(StateConflictException.class);
		assertThat(round.pendingEvents())
			.containsExactly(new EvaluationResultsPublished(4L, 2026, "京市监发〔2026〕9号", TODAY, results));
	}

	@Test
	void aRectificationRegistersItsIssueSubmissionDecisionsAndTheOverdueNotice() {
		Rectification r = withId(new Rectification(2L, 3L, "测试公司", "110102", 9L, 2026,
				RectificationOrigin.EVALUATION_FAILED, "整改事项", NOW), 12L);
		assertThatThrownBy(() -> r.submit(NOW)).isInstanceOf(StateConflictException.class);
		LocalDate deadline = TODAY.plusDays(20);
		r.issue("整改事项", "证明材料", () -> deadline, "district", TODAY);
		r.file("方案", "进展");
		r.submit(NOW);
		r.reject("材料不全", false, TODAY);
		r.submit(NOW);
		r.accept("已整改", TODAY);
		assertThatThrownBy(() -> r.accept("再次", TODAY)).isInstanceOf(StateConflictException.class);
		r.overdueNotified(TODAY);
		assertThat(r.pendingEvents()).containsExactly(new RectificationIssued(12L, 2L, 3L, "110102", deadline),
				new RectificationSubmitted(12L, 2L, "测试公司", "110102"),
				new RectificationDecided(12L, 2L, 3L, "110102", RectificationDecided.Outcome.RETURNED, "材料不全"),
				new RectificationSubmitted(12L, 2L, "测试公司", "110102"),
				new RectificationDecided(12L, 2L, 3L, "110102", RectificationDecided.Outcome.ACCEPTED, "已整改"),
				new RectificationOverdue(12L, 2L, 3L, "测试公司", "110102", deadline));
	}

	@Test
	void aRevocationRegistersItsProposalTheResponseAndTheDecision() {
		LocalDate deadline = TODAY.plusDays(10);
		Revocation r = withId(new Revocation(2L, 3L, "测试公司", "110102", "连续两年不合格", "bureau", TODAY, deadline), 14L);
		assertThat(r.pendingEvents()).isEmpty();
		r.proposed();
		r.respond("陈述申辩", NOW, TODAY);
		r.revoke("京市监发〔2026〕11号", TODAY, "理由", "bureau", TODAY.plusYears(3), TODAY);
		assertThatThrownBy(() -> r.drop("撤回", "bureau", TODAY)).isInstanceOf(StateConflictException.class);
		assertThat(r.pendingEvents()).containsExactly(new RevocationProposed(14L, 2L, 3L, "110102", deadline),
				new RevocationResponded(14L, 2L, "测试公司", "110102"),
				new RevocationDecided(14L, 2L, 3L, "110102", true, "京市监发〔2026〕11号", TODAY.plusYears(3)));

		Revocation dropped = withId(new Revocation(5L, 6L, "另一公司", "110102", "依据", "bureau", TODAY, deadline), 15L);
		dropped.drop("证据不足", "bureau", TODAY);
		assertThat(dropped.pendingEvents())
			.containsExactly(new RevocationDecided(15L, 5L, 6L, "110102", false, null, null));
	}

	@Test
	void aGroundForRevocationRegistersItsFlagging() {
		RevocationTrigger trigger = withId(new RevocationTrigger(2L, 3L, "测试公司", "110102", TriggerKind.APPLICATION_FRAUD,
				"申报材料造假", 2026, "officer", NOW), 16L);
		assertThat(trigger.pendingEvents()).isEmpty();
		trigger.flagged();
		assertThat(trigger.pendingEvents())
			.containsExactly(new RevocationTriggerFlagged(16L, 2L, "测试公司", "110102", "APPLICATION_FRAUD"));
	}
}
