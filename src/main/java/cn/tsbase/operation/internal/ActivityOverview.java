package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * All activities of the bases in the caller's scope (the district's own, every district for the municipal bureau):
 * filtered by base name, kind and date, newest first, paged in the database without counting the whole list, and the
 * same list, counted, and read by keyset for the Excel export (shared.web.ListExports). A page is three queries whatever the number of activities: the
 * page (with one more row), the ids ahead for the links, and the names of the page's bases.
 */
@Service
public class ActivityOverview {

	/** At most this many activities in one export. */
	public static final int MAX_EXPORT = 20_000;

	/** The list's order, newest first; the export's keyset follows it. */
	public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id"));

	private final ActivityRepository activities;
	private final BaseProfileRepository profiles;
	private final EntityManager entityManager;

	ActivityOverview(ActivityRepository activities, BaseProfileRepository profiles, EntityManager entityManager) {
		this.activities = activities;
		this.profiles = profiles;
		this.entityManager = entityManager;
	}

	/** What the list is filtered by; the district is ignored for a district's own people. */
	public record Filter(String district, ActivityKind kind, LocalDate from, LocalDate until, String name) {
	}

	/** An activity with the base that held it. */
	public record Row(long baseId, String unitName, String districtCode, ActivityRecord activity) {
	}

	/** A page of the activities in the caller's scope. */
	@Transactional(readOnly = true)
	public Page<Row> page(CurrentUser user, Filter filter, Pageable pageable) {
		Specification<Activity> matching = matching(user, filter);
		if (matching == null) {
			return Page.empty(pageable);
		}
		BoundedPage<Activity> found = BoundedPage.of(activities, entityManager, Activity.class, matching, pageable);
		return found.withContent(rows(found.getContent()));
	}

	/** The list with its exact count: the export's cap needs the total. */
	@Transactional(readOnly = true)
	public Page<Row> counted(CurrentUser user, Filter filter, Pageable pageable) {
		Specification<Activity> matching = matching(user, filter);
		if (matching == null) {
			return Page.empty(pageable);
		}
		Page<Activity> found = activities.findAll(matching, pageable);
		return new PageImpl<>(rows(found.getContent()), pageable, found.getTotalElements());
	}

	/**
	 * The rows after a position in the list's order (held on, id: keyset), at most as many as asked: an export reads
	 * batch after batch from the last row written, each batch costing the same at the end of the list as at its start.
	 */
	@Transactional(readOnly = true)
	public Window<Row> after(CurrentUser user, Filter filter, ScrollPosition position, int limit) {
		Specification<Activity> matching = matching(user, filter);
		if (matching == null) {
			return Window.from(List.of(), i -> position);
		}
		Window<Activity> found = activities.findBy(matching,
				query -> query.sortBy(ORDER).limit(limit).scroll(position));
		Map<Long, String> names = names(found.getContent());
		return found.map(a -> new Row(a.getBaseId(), names.getOrDefault(a.getBaseId(), ""), a.getDistrictCode(),
				a.toRecord()));
	}

	/** The activities of the filter inside the caller's scope (the scope is part of the query); null: none at all. */
	private static Specification<Activity> matching(CurrentUser user, Filter filter) {
		DataScope scope = user.scope();
		String district;
		switch (scope.kind()) {
			case ALL -> district = filter.district() == null || filter.district().isBlank() ? null : filter.district();
			case DISTRICT -> district = scope.districtCode();
			default -> {
				return null;
			}
		}
		String name = LikePatterns.containing(filter.name());
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (district != null) {
				where.add(cb.equal(root.get("districtCode"), district));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), filter.from()));
			}
			if (filter.until() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("heldOn"), filter.until()));
			}
			if (name != null) {
				Subquery<Long> named = query.subquery(Long.class);
				var profile = named.from(BaseProfile.class);
				named.select(profile.get("baseId"))
					.where(cb.like(cb.lower(profile.get("unitName")), name, LikePatterns.ESCAPE));
				where.add(root.get("baseId").in(named));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private List<Row> rows(List<Activity> found) {
		Map<Long, String> names = names(found);
		List<Row> rows = new ArrayList<>();
		for (Activity a : found) {
			rows.add(new Row(a.getBaseId(), names.getOrDefault(a.getBaseId(), ""), a.getDistrictCode(),
					a.toRecord()));
		}
		return rows;
	}

	/** The unit names of the activities' bases, in one query. */
	private Map<Long, String> names(List<Activity> found) {
		if (found.isEmpty()) {
			return Map.of();
		}
		return profiles.namesOf(found.stream().map(Activity::getBaseId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a));
	}
}
