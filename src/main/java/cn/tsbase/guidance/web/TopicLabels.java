package cn.tsbase.guidance.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;

/** The guidance topics' names in the page's language by code (inactive ones included, for old records). */
final class TopicLabels {

	private TopicLabels() {
	}

	static Map<String, String> of(ReferenceData referenceData) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ReferenceItem item : referenceData.all(ReferenceCategory.GUIDANCE_TOPIC)) {
			labels.put(item.code(), item.label(LocaleContextHolder.getLocale()));
		}
		return labels;
	}
}
