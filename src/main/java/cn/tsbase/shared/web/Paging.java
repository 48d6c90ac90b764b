package cn.tsbase.shared.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns request parameters into a bounded page request with a sort on whitelisted properties only. */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	/**
	 * @param sort "property" or "property,asc|desc"; a property outside {@code allowed} falls back to the default
	 */
	public static Pageable of(Integer page, Integer size, String sort, Set<String> allowed, Sort defaultSort) {
		int number = page == null || page < 0 ? 0 : page;
		int pageSize = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(number, pageSize, parseSort(sort, allowed, defaultSort));
	}

	static Sort parseSort(String sort, Set<String> allowed, Sort defaultSort) {
		if (sort == null || sort.isBlank()) {
			return defaultSort;
		}
		String[] parts = sort.split(",", 2);
		String property = parts[0].trim();
		if (!allowed.contains(property)) {
			return defaultSort;
		}
		Sort.Direction direction = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim()) ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		return Sort.by(direction, property).and(defaultSort);
	}
}
