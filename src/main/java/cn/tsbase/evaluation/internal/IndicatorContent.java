package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dimensions and indicators of an indicator system (stored as JSON in the system's version). The same shape —
 * dimensions of indicators with points, guidance, expected evidence and veto items — can hold a district's review
 * criteria or an expert rubric.
 */
public record IndicatorContent(List<Dimension> dimensions) {

	public record Dimension(String code, String name, List<Indicator> indicators) {
	}

	/**
	 * One indicator: points (0 for a pure veto item), how to score it, what evidence is expected, whether failing it
	 * fails the evaluation (基本项), and optionally a platform figure shown beside it.
	 */
	public record Indicator(String code, String name, BigDecimal points, String guidance, String evidence, boolean veto,
			DataSource dataSource) {
	}

	public IndicatorContent {
		dimensions = List.copyOf(dimensions);
		Set<String> codes = new HashSet<>();
		for (Dimension d : dimensions) {
			if (!codes.add(d.code())) {
				throw new IllegalArgumentException("Duplicate code " + d.code());
			}
			for (Indicator i : d.indicators()) {
				if (!codes.add(i.code())) {
					throw new IllegalArgumentException("Duplicate code " + i.code());
				}
				if (i.points() == null || i.points().signum() < 0) {
					throw new IllegalArgumentException("Points of " + i.code() + " must not be negative");
				}
			}
		}
	}

	public List<Indicator> indicators() {
		return dimensions.stream().flatMap(d -> d.indicators().stream()).toList();
	}

	public Optional<Indicator> indicator(String code) {
		return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
	}

	public BigDecimal totalPoints() {
		return indicators().stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The same content with one indicator replaced (matched by code). */
	public IndicatorContent with(Indicator changed) {
		return new IndicatorContent(dimensions.stream()
			.map(d -> new Dimension(d.code(), d.name(),
					d.indicators().stream().map(i -> i.code().equals(changed.code()) ? changed : i).toList()))
			.toList());
	}
}
