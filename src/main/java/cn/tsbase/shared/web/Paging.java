package cn.tsbase.shared.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.tsbase.shared.InvalidRequestException;

/**
 * Turns request parameters into a bounded page request with a sort on whitelisted properties only. A page number or
 * size that cannot mean anything is refused (HTTP 400), never passed on to the database.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 100;

	/** Far beyond any list here, and small enough that no page's offset overflows what JDBC accepts. */
	public static final int MAX_PAGE = 1_000_000;

	private Paging() {
	}

	/**
	 * @param page the page number from 0, {@link #MAX_PAGE} at most; none for the first page
	 * @param size the page size, 1 to {@link #MAX_SIZE}; none for {@link #DEFAULT_SIZE}
	 * @param sort "property" or "property,asc|desc"; a property outside {@code allowed} falls back to the default
	 * @throws InvalidRequestException for a page or size out of range
	 */
	public static Pageable of(Integer page, Integer size, String sort, Set<String> allowed, Sort defaultSort) {
		if (page != null && (page < 0 || page > MAX_PAGE)) {
			throw new InvalidRequestException("pagination.invalidPage", MAX_PAGE + 1);
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			throw new InvalidRequestException("pagination.invalidSize", MAX_SIZE);
		}
		int number = page == null ? 0 : page;
		int pageSize = size == null ? DEFAULT_SIZE : size;
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
