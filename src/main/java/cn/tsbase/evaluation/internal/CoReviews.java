package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The IP office's co-review (会审) of a district's scoring: while the district scores an evaluation (its
 * self-evaluation submitted), an IP officer of the district adds comments per indicator; the district's officers and
 * the bureau read them beside the scores, the unit does not. Scoped like every evaluation lookup, audited.
 */
@Service
public class CoReviews {

	private final EvaluationCoReviewRepository comments;
	private final Evaluations evaluations;
	private final EvaluationRoundRepository rounds;
	private final IndicatorSystems systems;
	private final AuditLog audit;
	private final Clock clock;

	CoReviews(EvaluationCoReviewRepository comments, Evaluations evaluations, EvaluationRoundRepository rounds,
			IndicatorSystems systems, AuditLog audit, Clock clock) {
		this.comments = comments;
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.systems = systems;
		this.audit = audit;
		this.clock = clock;
	}

	/** A co-review comment on one indicator. */
	public record CoReview(long id, String indicatorCode, String comment, String author, Instant createdAt) {
	}

	/** Adds the IP officer's comment on an indicator of an evaluation in its district that the district scores. */
	@Transactional
	public void add(long evaluationId, String indicatorCode, String comment, CurrentUser user) {
		Evaluation e = evaluations.get(evaluationId, user.scope());
		rounds.findById(e.getRoundId()).orElseThrow().requireOpen();
		e.requireCoReviewable(systems.content(systems.get(e.getSystemId())), indicatorCode);
		comments.save(new EvaluationCoReview(e.getId(), indicatorCode, comment, user.getUsername(), clock.instant()));
		audit.record("EVALUATION_CO_REVIEWED", "Evaluation", evaluationId, AuditOutcome.SUCCESS, indicatorCode);
	}

	/** The comments per indicator code, oldest first; none for a unit (it sees the district's review when published). */
	@Transactional(readOnly = true)
	public Map<String, List<CoReview>> of(long evaluationId, CurrentUser user) {
		if (user.scope().kind() == DataScope.Kind.UNIT) {
			return Map.of();
		}
		evaluations.get(evaluationId, user.scope());
		Map<String, List<CoReview>> result = new LinkedHashMap<>();
		for (EvaluationCoReview c : comments.findByEvaluationIdOrderByCreatedAtAscIdAsc(evaluationId)) {
			CoReview view = c.view();
			result.computeIfAbsent(view.indicatorCode(), k -> new java.util.ArrayList<>()).add(view);
		}
		return result;
	}
}
