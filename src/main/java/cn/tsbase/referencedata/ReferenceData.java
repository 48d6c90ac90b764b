package cn.tsbase.referencedata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads reference data. Lookups are served from memory and refreshed after every change (and periodically, for
 * changes made by other instances).
 */
public interface ReferenceData {

	/** The active entries of a category, in their display order. */
	List<ReferenceItem> active(ReferenceCategory category);

	/** Every entry of a category, inactive ones included. */
	List<ReferenceItem> all(ReferenceCategory category);

	Optional<ReferenceItem> find(ReferenceCategory category, String code);

	/** Whether the code names an active entry: what forms accept. */
	boolean isActive(ReferenceCategory category, String code);

	/** The entry's name in the locale's language, or the code itself when unknown. */
	String label(ReferenceCategory category, String code, Locale locale);

	default String district(String code, Locale locale) {
		return label(ReferenceCategory.DISTRICT, code, locale);
	}

	default String unitType(String code, Locale locale) {
		return label(ReferenceCategory.UNIT_TYPE, code, locale);
	}

	default String industry(String code, Locale locale) {
		return label(ReferenceCategory.INDUSTRY, code, locale);
	}
}
