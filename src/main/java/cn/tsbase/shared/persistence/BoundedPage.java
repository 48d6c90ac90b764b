package cn.tsbase.shared.persistence;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * A page of a list whose total is counted only as far as the pagination needs it (issue 16): no {@code count(*)} over
 * the whole filtered table per view. The page's rows are read with one more row (is there a next page?); when there is,
 * the ids of at most {@link #PAGES_AHEAD} pages after it are read (plus one row), so the links can show the next pages.
 * A list that ends within that window gets its exact total; a longer one a lower bound ({@link #isExact()} false:
 * "80 条以上"). Only a page asked for past the end of the list counts the whole filter, to say how many pages there are.
 */
public final class BoundedPage<T> extends PageImpl<T> {

	/** How many pages after the current one the links show. */
	public static final int PAGES_AHEAD = 3;

	private final boolean exact;

	private BoundedPage(List<T> content, Pageable pageable, long total, boolean exact) {
		super(content, pageable, total);
		this.exact = exact;
	}

	/** Whether {@link #getTotalElements()} is the list's total; otherwise it is a lower bound. */
	public boolean isExact() {
		return exact;
	}

	/**
	 * Reads one page of the entities matching the specification, in the pageable's sort.
	 *
	 * @param type the entity class (with a single id attribute, whatever its name)
	 */
	public static <T> BoundedPage<T> of(JpaSpecificationExecutor<T> repository, EntityManager entityManager,
			Class<T> type, Specification<T> specification, Pageable pageable) {
		Slice<T> slice = repository.findBy(specification, query -> query.sortBy(pageable.getSort()).slice(pageable));
		long offset = pageable.getOffset();
		if (slice.getContent().isEmpty() && offset > 0) {
			return new BoundedPage<>(List.of(), pageable, repository.count(specification), true);
		}
		if (!slice.hasNext()) {
			return new BoundedPage<>(slice.getContent(), pageable, offset + slice.getNumberOfElements(), true);
		}
		int window = PAGES_AHEAD * pageable.getPageSize();
		int ahead = idsAfter(entityManager, type, specification, offset + pageable.getPageSize(), window + 1);
		boolean exact = ahead <= window;
		return new BoundedPage<>(slice.getContent(), pageable, offset + pageable.getPageSize() + ahead, exact);
	}

	private static <T> int idsAfter(EntityManager entityManager, Class<T> type, Specification<T> specification,
			long skip, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = cb.createQuery();
		Root<T> root = query.from(type);
		Predicate predicate = specification.toPredicate(root, query, cb);
		query.select(root.get(idAttribute(root.getModel())));
		if (predicate != null) {
			query.where(predicate);
		}
		return entityManager.createQuery(query)
			.setFirstResult(Math.toIntExact(skip))
			.setMaxResults(limit)
			.getResultList()
			.size();
	}

	private static <T> SingularAttribute<? super T, ?> idAttribute(EntityType<T> model) {
		return model.getSingularAttributes()
			.stream()
			.filter(SingularAttribute::isId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(model.getName() + " has no single id attribute"));
	}

	@Override
	public <U> BoundedPage<U> map(java.util.function.Function<? super T, ? extends U> converter) {
		return new BoundedPage<>(getConvertedContent(converter), getPageable(), getTotalElements(), exact);
	}

	/** The same page (number, size, total, exactness) holding other content, e.g. rows built for the whole page at once. */
	public <U> BoundedPage<U> withContent(List<U> content) {
		return new BoundedPage<>(content, getPageable(), getTotalElements(), exact);
	}

	/** Whether a page is a bounded one whose total is only a lower bound (for templates given any {@link Page}). */
	public static boolean isLowerBound(Page<?> page) {
		return page instanceof BoundedPage<?> bounded && !bounded.exact;
	}
}
