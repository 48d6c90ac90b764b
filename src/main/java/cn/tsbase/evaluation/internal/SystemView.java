package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.indicators.GradeThresholds;
import cn.tsbase.shared.indicators.IndicatorModel;

/** An indicator system version as pages and the API show it. */
public record SystemView(long id, int year, BaseType baseType, String name, SystemStatus status,
		boolean platformDefault, IndicatorModel content, GradeThresholds thresholds, int capPercent,
		CapScope capScope, Long copiedFrom, String createdBy, Instant createdAt, long version) {

	public BigDecimal totalPoints() {
		return content.totalPoints();
	}

	public boolean isDraft() {
		return status == SystemStatus.DRAFT;
	}
}
