package cn.tsbase.evaluation.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.casework.CaseworkManagement.IncidentFigures;
import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.guidance.GuidanceSummary;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.OperationManagement.BaseOperationSummary;
import cn.tsbase.operation.PlanState;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.shared.security.DataScope;

/**
 * The platform's figures for the indicators' data sources (pre-fill), for a base and year, read through the operation,
 * guidance and casework modules' APIs: the plan's state, the liaison reports due, on time, late and missing, the
 * activities held against the plan, a zone's members with rules, the guidance follow-ups closed, the leak incidents
 * answered and closed. The figures inform the base and the district; they never score. Many bases at once (a round's
 * bases) cost a bounded number of queries per module, whatever their number: only the sources asked for are read.
 */
@Component
public class Prefill {

	private final OperationManagement operation;
	private final GuidanceManagement guidance;
	private final CaseworkManagement casework;

	Prefill(OperationManagement operation, GuidanceManagement guidance, CaseworkManagement casework) {
		this.operation = operation;
		this.guidance = guidance;
		this.casework = casework;
	}

	/** The figures of one base; a source without a figure (e.g. members' rules of a base that is no zone) is absent. */
	@Transactional(readOnly = true)
	public Map<DataSource, PrefillFigure> figures(Set<DataSource> sources, long baseId, int year, DataScope scope) {
		return figures(sources, List.of(baseId), year, scope).getOrDefault(baseId, Map.of());
	}

	/**
	 * The figures of many bases, by base. Leak incidents are counted among those the scope shows (a district's, or
	 * the unit's own).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<DataSource, PrefillFigure>> figures(Set<DataSource> sources, Collection<Long> baseIds,
			int year, DataScope scope) {
		Set<DataSource> asked = sources.isEmpty() ? EnumSet.noneOf(DataSource.class) : EnumSet.copyOf(sources);
		Map<Long, Map<DataSource, PrefillFigure>> figures = new LinkedHashMap<>();
		if (asked.isEmpty() || baseIds.isEmpty()) {
			return figures;
		}
		List<Long> ids = baseIds.stream().distinct().toList();
		Map<Long, PlanState> plans = asked.contains(DataSource.PLAN_ACCEPTED) ? operation.planStates(ids, year)
				: Map.of();
		Map<Long, BaseOperationSummary> summaries = asked.contains(DataSource.REPORTS_ON_TIME)
				|| asked.contains(DataSource.TRAININGS_AGAINST_TARGET) ? operation.summaries(ids, year) : Map.of();
		Map<Long, ZoneIndicators> zones = asked.contains(DataSource.MEMBERS_RULES_RATIO)
				|| asked.contains(DataSource.TRAININGS_AGAINST_TARGET) ? operation.zoneIndicators(ids, year) : Map.of();
		Map<Long, GuidanceSummary> guided = asked.contains(DataSource.GUIDANCE_FOLLOWUPS_CLOSED)
				? guidance.ofBases(ids, year) : Map.of();
		Map<Long, List<IncidentFigures>> incidents = asked.contains(DataSource.INCIDENTS_HANDLED)
				? incidents(ids, year, scope) : Map.of();
		for (Long id : ids) {
			Map<DataSource, PrefillFigure> base = new java.util.EnumMap<>(DataSource.class);
			for (DataSource source : asked) {
				PrefillFigure figure = switch (source) {
					case PLAN_ACCEPTED -> plan(plans.getOrDefault(id, PlanState.NONE));
					case REPORTS_ON_TIME -> reports(summaries.get(id));
					case TRAININGS_AGAINST_TARGET -> activities(summaries.get(id), zones.get(id));
					case MEMBERS_RULES_RATIO -> rules(zones.get(id));
					case GUIDANCE_FOLLOWUPS_CLOSED -> guidance(guided.get(id));
					case INCIDENTS_HANDLED -> incidents(incidents.getOrDefault(id, List.of()));
				};
				if (figure != null) {
					base.put(source, figure);
				}
			}
			figures.put(id, base);
		}
		return figures;
	}

	private Map<Long, List<IncidentFigures>> incidents(List<Long> ids, int year, DataScope scope) {
		List<IncidentFigures> found = ids.size() == 1 ? casework.incidentsOfBase(ids.get(0), year, scope)
				: casework.incidents(year, scope);
		Set<Long> wanted = Set.copyOf(ids);
		Map<Long, List<IncidentFigures>> byBase = new HashMap<>();
		for (IncidentFigures incident : found) {
			if (incident.baseId() != null && wanted.contains(incident.baseId())) {
				byBase.computeIfAbsent(incident.baseId(), id -> new java.util.ArrayList<>()).add(incident);
			}
		}
		return byBase;
	}

	private static PrefillFigure plan(PlanState state) {
		return PrefillFigure.of("plan." + state.name());
	}

	private static PrefillFigure reports(BaseOperationSummary summary) {
		if (summary == null) {
			return null;
		}
		OperationManagement.ReportTally reports = summary.reports();
		return reports.due() == 0 ? PrefillFigure.of("reports.noneDue")
				: PrefillFigure.of("reports", reports.due(), reports.onTime(), reports.late(), reports.missing());
	}

	private static PrefillFigure activities(BaseOperationSummary summary, ZoneIndicators zone) {
		if (summary == null) {
			return null;
		}
		OperationManagement.ActivityTally held = summary.activities();
		OperationManagement.ActivityTally planned = summary.planned();
		if (zone != null && zone.members() > 0) {
			return PrefillFigure.of("activities.zone", held.count(), held.participants(), planned.count(),
					planned.participants(), zone.trained(), zone.members(), zone.trainingPercent());
		}
		return PrefillFigure.of("activities", held.count(), held.participants(), planned.count(),
				planned.participants());
	}

	private static PrefillFigure rules(ZoneIndicators zone) {
		if (zone == null) {
			return null;
		}
		return zone.members() == 0 ? PrefillFigure.of("rules.noMembers")
				: PrefillFigure.of("rules", zone.withRules(), zone.members(), zone.rulesPercent());
	}

	private static PrefillFigure guidance(GuidanceSummary summary) {
		if (summary == null) {
			return null;
		}
		return summary.visits() == 0 && summary.followUps() == 0 ? PrefillFigure.of("guidance.none")
				: PrefillFigure.of("guidance", summary.visits(), summary.followUps(), summary.closedFollowUps(),
						summary.openFollowUps(), summary.overdueFollowUps());
	}

	private static PrefillFigure incidents(List<IncidentFigures> incidents) {
		if (incidents.isEmpty()) {
			return PrefillFigure.of("incidents.none");
		}
		long answered = incidents.stream().filter(i -> i.firstContactAt() != null).count();
		long closed = incidents.stream().filter(i -> i.status() == IncidentStatus.CLOSED).count();
		return PrefillFigure.of("incidents", incidents.size(), answered, closed);
	}
}
