package cn.tsbase.districtreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.tsbase.declaration.BaseType;

/**
 * A district's finalised recommendation list as pages, exports and the letter show it: the one mapping of the
 * {@code Recommendation} entity that leaves the module.
 */
public record RecommendationView(long id, long callId, String districtCode, String finalizedBy, Instant finalizedAt,
		String quotaExplanation, List<Entry> entries) {

	public RecommendationView {
		entries = List.copyOf(entries);
	}

	/** How many entries are of the type. */
	public long count(BaseType type) {
		return entries.stream().filter(e -> e.baseType() == type).count();
	}

	/** One recommended declaration as it stood when the list was locked (or as it stands in a preview). */
	public record Entry(long declarationId, String unitName, BaseType baseType, String industryCode,
			BigDecimal totalScore) {
	}
}
