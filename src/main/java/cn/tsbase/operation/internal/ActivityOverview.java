package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * All activities of the bases in the caller's scope (the district's own, every district for the municipal bureau):
 * filtered by base name, kind and date, newest first, paged in the database without counting the whole list, and the
 * same list for an Excel export read in keyset batches. A page is three queries whatever the number of activities: the
 * page (with one more row), the ids ahead for the links, and the names of the page's bases.
 */
@Service
public class ActivityOverview {

	/** At most this many activities in one export. */
	public static final int MAX_EXPORT = 20_000;

	static final int EXPORT_CHUNK = 500;

	/** The list's order, newest first; the export's keyset follows it. */
	public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id"));

	private final ActivityRepository activities;
	private final BaseProfileRepository profiles;
	private final EntityManager entityManager;
	private final AuditLog audit;

	ActivityOverview(ActivityRepository activities, BaseProfileRepository profiles, EntityManager entityManager,
			AuditLog audit) {
		this.activities = activities;
		this.profiles = profiles;
		this.entityManager = entityManager;
		this.audit = audit;
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

	/**
	 * Hands the activities to the consumer in batches of {@link #EXPORT_CHUNK}, newest first, at most
	 * {@link #MAX_EXPORT}; each batch continues after the last row of the one before (held on, id), so a batch costs the
	 * same at the end of the list as at its start. The export is audited.
	 */
	@Transactional
	public int export(CurrentUser user, Filter filter, Consumer<List<Row>> consumer) {
		Specification<Activity> matching = matching(user, filter);
		int written = 0;
		Activity last = null;
		while (matching != null && written < MAX_EXPORT) {
			Specification<Activity> batch = last == null ? matching : matching.and(after(last));
			Slice<Activity> found = activities.findBy(batch,
					query -> query.sortBy(ORDER).slice(PageRequest.of(0, EXPORT_CHUNK, ORDER)));
			if (found.isEmpty()) {
				break;
			}
			List<Activity> content = found.getContent();
			consumer.accept(rows(content));
			written += content.size();
			last = content.get(content.size() - 1);
			entityManager.clear();
			if (!found.hasNext()) {
				break;
			}
		}
		audit.record(user.getUsername(), "ACTIVITIES_EXPORTED", "Activity", null, AuditOutcome.SUCCESS,
				written + " rows");
		return written;
	}

	/** The activities after the given one in the list's order (older, or as old with a smaller id). */
	private static Specification<Activity> after(Activity last) {
		LocalDate heldOn = last.toRecord().heldOn();
		long id = last.getId();
		return (root, query, cb) -> cb.or(cb.lessThan(root.get("heldOn"), heldOn),
				cb.and(cb.equal(root.get("heldOn"), heldOn), cb.lessThan(root.get("id"), id)));
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
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = profiles
			.namesOf(found.stream().map(Activity::getBaseId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a));
		List<Row> rows = new ArrayList<>();
		for (Activity a : found) {
			rows.add(new Row(a.getBaseId(), names.getOrDefault(a.getBaseId(), ""), a.getDistrictCode(),
					a.toRecord()));
		}
		return rows;
	}
}
