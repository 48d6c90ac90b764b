package cn.tsbase.organization.web;

import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.tsbase.organization.internal.UnitFilter;
import cn.tsbase.shared.web.Paging;

/** The registry's filters, sort and page as request parameters. */
record UnitListQuery(String q, String type, String industry, String district, Integer page, Integer size,
		String sort) {

	static final Set<String> SORTABLE = Set.of("name", "registeredAt", "headcount", "uscc");

	UnitFilter filter() {
		return new UnitFilter(q, type, industry, district);
	}

	Pageable pageable() {
		return Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("id")));
	}

	MultiValueMap<String, String> filters() {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("q", q);
		filters.add("type", type);
		filters.add("industry", industry);
		filters.add("district", district);
		filters.add("sort", sort);
		if (size != null) {
			filters.add("size", String.valueOf(size));
		}
		return filters;
	}
}
