package cn.tsbase.account.web;

import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.tsbase.account.AccountKind;
import cn.tsbase.shared.web.Paging;

/** The filters of the account lists (system and security administrators). */
record AccountListQuery(String q, AccountKind kind, String status, Integer page, String sort) {

	private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt", "lastLoginAt");

	Boolean enabled() {
		return "enabled".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
	}

	Pageable pageable() {
		return Paging.of(page, Paging.DEFAULT_SIZE, sort, SORTABLE, Sort.by("username"));
	}

	MultiValueMap<String, String> filters() {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("q", q);
		filters.add("kind", kind == null ? null : kind.name());
		filters.add("status", status);
		filters.add("sort", sort);
		return filters;
	}
}
