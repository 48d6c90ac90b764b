package cn.tsbase.referencedata;

import java.util.Locale;

/** One entry of reference data, e.g. the district 110102 西城区. */
public record ReferenceItem(long id, ReferenceCategory category, String code, String name, String nameEn,
		int sortOrder, boolean active, long version) {

	/** The name in the given language: Chinese unless English is asked for. */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
