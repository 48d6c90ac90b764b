package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.shared.security.DataScope;

/** The rows of a table by district, in the reference data's order, and the district a scope limits the figures to. */
@Component
class DistrictRows {

	private final ReferenceData referenceData;

	DistrictRows(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	/**
	 * A row per district of the reference data in its display order (every district, those without figures at zero,
	 * so that a district that did nothing shows), then any code the data has that the reference data no longer does.
	 */
	List<Row> rows(String onlyDistrict, Locale locale, Function<String, List<Long>> counts,
			Iterable<String> codesWithData) {
		List<Row> rows = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (ReferenceItem item : referenceData.active(ReferenceCategory.DISTRICT)) {
			if (onlyDistrict == null || onlyDistrict.equals(item.code())) {
				rows.add(new Row(item.code(), item.label(locale), counts.apply(item.code())));
				seen.add(item.code());
			}
		}
		for (String code : codesWithData) {
			if (!seen.contains(code) && (onlyDistrict == null || onlyDistrict.equals(code))) {
				rows.add(new Row(code, referenceData.district(code, locale), counts.apply(code)));
			}
		}
		return rows;
	}

	/** The column sums of the rows. */
	static Row total(List<Row> rows, int columns) {
		List<Long> sums = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			final int column = i;
			sums.add(rows.stream().mapToLong(r -> r.counts().get(column)).sum());
		}
		return new Row("", "", sums);
	}

	/** The district the scope limits to, or null for every district; a scope without business data sees nothing. */
	static String districtOf(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> null;
			case DISTRICT -> scope.districtCode();
			default -> throw new AccessDeniedException("No statistics in scope");
		};
	}
}
