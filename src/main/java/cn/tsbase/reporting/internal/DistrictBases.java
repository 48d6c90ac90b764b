package cn.tsbase.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.evaluation.EvaluationStatistics;
import cn.tsbase.evaluation.EvaluationStatistics.BaseStanding;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.OperationManagement.BaseOperationSummary;
import cn.tsbase.operation.OperationManagement.ReportTally;
import cn.tsbase.operation.OperationStatistics;
import cn.tsbase.operation.PlanState;
import cn.tsbase.shared.indicators.Grade;

/**
 * A district's active bases one per row with their status lights for the year: construction standards complete, the
 * annual plan accepted, liaison reports on time, rectification orders open, the published grade. A page of bases is
 * read in the database and its figures in batches by the page's base ids, a bounded number of queries per page.
 */
@Service
public class DistrictBases {

	private final BaseManagement bases;
	private final OperationManagement operation;
	private final OperationStatistics standards;
	private final EvaluationStatistics evaluation;

	DistrictBases(BaseManagement bases, OperationManagement operation, OperationStatistics standards,
			EvaluationStatistics evaluation) {
		this.bases = bases;
		this.operation = operation;
		this.standards = standards;
		this.evaluation = evaluation;
	}

	/** A light: all is well, something is pending, something is wrong, or nothing to say yet. */
	public enum Light {
		GREEN, AMBER, RED, NONE;

		public String messageKey() {
			return "reporting.light." + name();
		}

		public String cssClass() {
			return switch (this) {
				case GREEN -> "text-bg-success";
				case AMBER -> "text-bg-warning";
				case RED -> "text-bg-danger";
				case NONE -> "text-bg-secondary";
			};
		}
	}

	/** One base's row: who it is and its lights, with what they stand for. */
	public record BaseLights(long baseId, String unitName, BaseType baseType, int batchYear, Light standards,
			Set<String> missingStandards, Light plan, PlanState planState, Light reports, ReportTally reportTally,
			Light rectification, long openRectifications, Grade grade) {
	}

	/** A page of the district's active bases with their lights for the year. */
	public Page<BaseLights> page(String districtCode, int year, Pageable pageable) {
		Page<BaseView> page = bases.ofDistrict(districtCode, pageable);
		List<Long> ids = page.getContent().stream().map(BaseView::id).toList();
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, page.getTotalElements());
		}
		Map<Long, BaseOperationSummary> summaries = operation.summaries(ids, year);
		Map<Long, Set<String>> missing = standards.missingStandards(ids, year);
		Map<Long, BaseStanding> standings = evaluation.standings(ids, year);
		return page.map(base -> lights(base, summaries.get(base.id()), missing.get(base.id()),
				standings.get(base.id())));
	}

	private static BaseLights lights(BaseView base, BaseOperationSummary summary, Set<String> missing,
			BaseStanding standing) {
		PlanState plan = summary == null ? PlanState.NONE : summary.plan();
		ReportTally reports = summary == null ? ReportTally.NONE : summary.reports();
		long open = standing == null ? 0 : standing.openRectifications();
		Light standardsLight = missing == null ? Light.NONE : missing.isEmpty() ? Light.GREEN : Light.RED;
		Light planLight = switch (plan) {
			case ACCEPTED -> Light.GREEN;
			case SUBMITTED -> Light.AMBER;
			default -> Light.RED;
		};
		Light reportLight = reports.missing() > 0 ? Light.RED
				: reports.late() > 0 ? Light.AMBER : reports.due() == 0 ? Light.NONE : Light.GREEN;
		return new BaseLights(base.id(), base.unitName(), base.baseType(), base.batchYear(), standardsLight,
				missing == null ? Set.of() : missing, planLight, plan, reportLight, reports,
				open > 0 ? Light.RED : Light.GREEN, open, standing == null ? null : standing.grade());
	}
}
