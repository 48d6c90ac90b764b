package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.PlanState;
import cn.tsbase.shared.security.CurrentUser;

/**
 * One base's years side by side (the base's year-over-year page): its published evaluation results with the score of
 * each dimension (from {@link EvaluationHistory}), and its operation figures of each year since its designation read
 * through the other modules' APIs only (the annual plan's state, the liaison reports filed on time, the activities
 * held, the guidance visits, the leak incidents reported). The base is found through {@link BaseManagement} in the
 * caller's scope first: outside it there is nothing (the other modules' APIs do not scope by themselves).
 */
@Service
public class BaseYears {

	/** At most this many years of operation figures, the latest. */
	static final int MAX_YEARS = 10;

	private final BaseManagement bases;
	private final EvaluationHistory history;
	private final OperationManagement operation;
	private final GuidanceManagement guidance;
	private final CaseworkManagement casework;
	private final Clock clock;

	BaseYears(BaseManagement bases, EvaluationHistory history, OperationManagement operation,
			GuidanceManagement guidance, CaseworkManagement casework, Clock clock) {
		this.bases = bases;
		this.history = history;
		this.operation = operation;
		this.guidance = guidance;
		this.casework = casework;
		this.clock = clock;
	}

	/** A dimension that appears in at least one published year: a column of the score table and a chart line. */
	public record Column(String code, String name) {
	}

	/**
	 * A year's operation: the annual plan's state, the liaison reports due, filed on time and late, the activities
	 * (trainings and publicity) planned and held with their participants, the guidance visits, the leak incidents.
	 */
	public record OperationYear(int year, PlanState plan, int reportsDue, int reportsOnTime, int reportsLate,
			long activitiesHeld, long participants, long visits, long incidents) {

		public boolean planAccepted() {
			return plan == PlanState.ACCEPTED;
		}
	}

	/** The base, its published years with their dimension columns, and its operation year by year (oldest first). */
	public record Overview(BaseView base, EvaluationHistory.BaseHistory history, List<Column> columns,
			List<OperationYear> operation) {

		/** A year's dimension score, or null when the year's version has no such dimension. */
		public BigDecimal score(EvaluationHistory.YearResult year, String code) {
			return year.dimensions()
				.stream()
				.filter(d -> d.code().equals(code))
				.map(EvaluationHistory.DimensionScore::score)
				.findFirst()
				.orElse(null);
		}

		/** The year's operation figures, or null. */
		public OperationYear operationOf(int year) {
			return operation.stream().filter(o -> o.year() == year).findFirst().orElse(null);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Overview> of(long baseId, CurrentUser user) {
		Optional<BaseView> found = bases.find(baseId, user.scope());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		BaseView base = found.get();
		EvaluationHistory.BaseHistory years = history.ofBase(baseId, user);
		Map<String, Column> columns = new LinkedHashMap<>();
		years.years().forEach(y -> y.dimensions().forEach(d -> columns.putIfAbsent(d.code(),
				new Column(d.code(), d.name()))));
		TreeSet<Integer> span = new TreeSet<>();
		int now = LocalDate.now(clock).getYear();
		int from = base.documentDate() != null ? base.documentDate().getYear() : base.batchYear();
		for (int year = Math.max(from, now - MAX_YEARS + 1); year <= now; year++) {
			span.add(year);
		}
		years.years().forEach(y -> span.add(y.year()));
		while (span.size() > MAX_YEARS) {
			span.pollFirst();
		}
		List<OperationYear> figures = new ArrayList<>();
		for (int year : span) {
			OperationManagement.ReportTally reports = operation.reports(baseId, year);
			OperationManagement.ActivityTally held = operation.activities(baseId, year);
			figures.add(new OperationYear(year, operation.planState(baseId, year), reports.due(), reports.onTime(),
					reports.late(), held.count(), held.participants(), guidance.ofBase(baseId, year).visits(),
					casework.incidentsOfBase(baseId, year, user.scope()).size()));
		}
		return Optional.of(new Overview(base, years, List.copyOf(columns.values()), figures));
	}
}
