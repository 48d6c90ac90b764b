package cn.tsbase.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import cn.tsbase.shared.persistence.BoundedPage;

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

	/**
	 * Filters with empty values are left out of the links.
	 *
	 * @throws PageOutOfRangeException when the page asked for lies past the last page (HTTP 404 with the number of
	 *             pages there are)
	 */
	public static PageLinks of(Page<?> page, String path, MultiValueMap<String, String> filters) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new PageOutOfRangeException(page.getNumber(), page.getTotalPages());
		}
		MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
		filters.forEach((key, values) -> values.stream()
			.filter(v -> v != null && !v.isBlank())
			.forEach(v -> kept.add(key, v)));
		kept.remove("page");
		return new PageLinks(page, path, kept);
	}

	/** The link to a page (from 0); a number outside the list's pages gives the nearest page that exists. */
	public String pageUrl(int number) {
		number = Math.max(0, Math.min(number, Math.max(page.getTotalPages() - 1, 0)));
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

	/**
	 * Whether the list goes on past the pages linked and its total was not counted ({@code BoundedPage}): the summary
	 * then says "N 条以上" without a number of pages.
	 */
	public boolean isLowerBound() {
		return BoundedPage.isLowerBound(page);
	}

	/** The rows known to exist up to the last linked page, for the summary of a list not counted to its end. */
	public long getShownAtLeast() {
		return (long) (window().get(window().size() - 1) + 1) * page.getSize();
	}

	public Page<?> getPage() {
		return page;
	}

	private UriComponentsBuilder builder() {
		return UriComponentsBuilder.fromPath(path).queryParams(filters);
	}
}
