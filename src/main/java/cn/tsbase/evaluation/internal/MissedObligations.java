package cn.tsbase.evaluation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.evaluation.EvaluationResultsPublished;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.PlanState;
import cn.tsbase.shared.security.DataScope;

/**
 * The two grounds for revocation that a base earns by what it did not do, detected when a year's results are
 * published (in the publishing transaction, like {@link EvaluationOutcomes}):
 * <ul>
 * <li>{@link TriggerKind#NO_ANNUAL_PLAN}: a base of the round whose annual plan of the year the district has not
 * accepted (none written, a draft, still with the district, or returned and not filed again), as the operation
 * module reports it.</li>
 * <li>{@link TriggerKind#NO_EVALUATION_TWO_YEARS}: an active base that was due in the previous year's published
 * round (designated before its date) and has an evaluation in neither that round nor this one. When no round was
 * published the year before, nothing is flagged: a year without a round is not the base's omission.</li>
 * </ul>
 * Both read in batches (the round's results, the active bases), a bounded number of queries per batch.
 */
@Component
class MissedObligations {

	private static final int BATCH = 500;

	private static final DataScope ALL = new DataScope(DataScope.Kind.ALL, null, null);

	private static final String BY = "system";

	private final OperationManagement operation;
	private final BaseManagement bases;
	private final RevocationTriggers triggers;
	private final JdbcClient jdbc;

	MissedObligations(OperationManagement operation, BaseManagement bases, RevocationTriggers triggers,
			JdbcClient jdbc) {
		this.operation = operation;
		this.bases = bases;
		this.triggers = triggers;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EvaluationResultsPublished event) {
		flagMissingPlans(event);
		flagMissingEvaluations(event);
	}

	private void flagMissingPlans(EvaluationResultsPublished event) {
		List<EvaluationResultsPublished.Result> results = event.results();
		for (int from = 0; from < results.size(); from += BATCH) {
			List<EvaluationResultsPublished.Result> batch = results.subList(from,
					Math.min(results.size(), from + BATCH));
			List<Long> baseIds = batch.stream().map(EvaluationResultsPublished.Result::baseId).toList();
			Map<Long, PlanState> plans = operation.planStates(baseIds, event.year());
			Map<Long, String> names = unitNames(batch.stream().map(EvaluationResultsPublished.Result::evaluationId)
				.toList());
			for (EvaluationResultsPublished.Result result : batch) {
				PlanState plan = plans.getOrDefault(result.baseId(), PlanState.NONE);
				if (plan != PlanState.ACCEPTED) {
					triggers.detected(result.baseId(), result.unitId(), names.get(result.evaluationId()),
							result.districtCode(), TriggerKind.NO_ANNUAL_PLAN,
							event.year() + " 年度工作计划未经区局受理（" + describe(plan) + "；" + event.documentNumber() + "）",
							event.year(), BY);
				}
			}
		}
	}

	private void flagMissingEvaluations(EvaluationResultsPublished event) {
		int previousYear = event.year() - 1;
		Optional<LocalDate> previousCutoff = jdbc
			.sql("SELECT designated_before FROM evaluation_round WHERE round_year = :year AND status = 'PUBLISHED'")
			.param("year", previousYear)
			.query(LocalDate.class)
			.optional();
		if (previousCutoff.isEmpty()) {
			return;
		}
		Page<BaseView> page = bases.inScope(ALL, PageRequest.of(0, BATCH, Sort.by("id")));
		while (true) {
			List<BaseView> due = page.getContent()
				.stream()
				.filter(base -> base.documentDate().isBefore(previousCutoff.get()))
				.toList();
			if (!due.isEmpty()) {
				Set<Long> evaluated = new HashSet<>(jdbc
					.sql("SELECT e.base_id FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id "
							+ "WHERE r.round_year IN (:years) AND e.base_id IN (:bases)")
					.param("years", List.of(previousYear, event.year()))
					.param("bases", due.stream().map(BaseView::id).toList())
					.query(Long.class)
					.list());
				for (BaseView base : due) {
					if (!evaluated.contains(base.id())) {
						triggers.detected(base.id(), base.unitId(), base.unitName(), base.districtCode(),
								TriggerKind.NO_EVALUATION_TWO_YEARS, previousYear + "、" + event.year()
										+ " 年度均未参加年度评估（" + event.documentNumber() + "）",
								event.year(), BY);
					}
				}
			}
			if (!page.hasNext()) {
				return;
			}
			page = bases.inScope(ALL, page.nextPageable());
		}
	}

	private Map<Long, String> unitNames(List<Long> evaluationIds) {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("SELECT id, unit_name FROM evaluation WHERE id IN (:ids)")
			.param("ids", evaluationIds)
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	private static String describe(PlanState plan) {
		return switch (plan) {
			case NONE -> "未编制计划";
			case DRAFT -> "计划未提交";
			case SUBMITTED -> "计划已提交，尚未受理";
			case RETURNED -> "计划被退回，未重新提交";
			case ACCEPTED -> "计划已受理";
		};
	}
}
