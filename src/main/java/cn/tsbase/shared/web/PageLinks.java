package cn.tsbase.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a paged, sorted, filtered list: they keep the filters, change the page or the sort. Used by the shared
 * pagination fragment.
 */
public final class PageLinks {

	private final Page<?> page;
	private final String path;
	private final MultiValueMap<String, String> filters;

	private PageLinks(Page<?> page, String path, MultiValueMap<String, String> filters) {
		this.page = page;
		this.path = path;
		this.filters = filters;
	}

	/** Filters with empty values are left out of the links. */
	public static PageLinks of(Page<?> page, String path, MultiValueMap<String, String> filters) {
		MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
		filters.forEach((key, values) -> values.stream()
			.filter(v -> v != null && !v.isBlank())
			.forEach(v -> kept.add(key, v)));
		kept.remove("page");
		return new PageLinks(page, path, kept);
	}

	public String pageUrl(int number) {
		return builder().replaceQueryParam("page", number).build().encode().toUriString();
	}

	/** The link that sorts by the property: ascending first, descending when it is already sorted ascending. */
	public String sortUrl(String property) {
		Sort.Order current = page.getSort().getOrderFor(property);
		String direction = current != null && current.isAscending() ? "desc" : "asc";
		return builder().replaceQueryParam("sort", property + "," + direction)
			.replaceQueryParam("page", 0)
			.build()
			.encode()
			.toUriString();
	}

	/** "asc", "desc" or "" for the sort indicator of a column. */
	public String sortDirection(String property) {
		Sort.Order order = page.getSort().getOrderFor(property);
		return order == null ? "" : order.isAscending() ? "asc" : "desc";
	}

	/** The page numbers to show: a window around the current page. */
	public List<Integer> window() {
		int current = page.getNumber();
		int last = Math.max(page.getTotalPages() - 1, 0);
		int from = Math.max(0, current - 3);
		int to = Math.min(last, current + 3);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	public Page<?> getPage() {
		return page;
	}

	private UriComponentsBuilder builder() {
		return UriComponentsBuilder.fromPath(path).queryParams(filters);
	}
}
