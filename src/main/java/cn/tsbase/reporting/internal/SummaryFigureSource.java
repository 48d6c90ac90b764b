package cn.tsbase.reporting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.tsbase.reporting.internal.Figures.Funnel;
import cn.tsbase.shared.security.DataScope;

/**
 * A district's figures of a year, read through the dashboard's figure building (the modules' statistics ports, scoped
 * to the district) and kept in the summary's own shape, so that a stored report does not change with the dashboard.
 */
@Component
class SummaryFigureSource {

	private final ProgrammeStatistics statistics;

	SummaryFigureSource(ProgrammeStatistics statistics) {
		this.statistics = statistics;
	}

	SummaryFigures of(String districtCode, int year) {
		DataScope scope = new DataScope(DataScope.Kind.DISTRICT, districtCode, null);
		Funnel funnel = statistics.funnel(year, null, scope, Locale.ROOT);
		Map<String, Long> stages = new LinkedHashMap<>();
		List<Long> totals = funnel.total().counts();
		for (int i = 0; i < funnel.stages().size(); i++) {
			stages.put(funnel.stages().get(i).name(), totals.get(i));
		}
		List<Long> bases = statistics.bases(scope, Locale.ROOT).districtTotal().counts();
		return new SummaryFigures(stages, bases.get(0), bases.get(1), bases.get(2));
	}
}
