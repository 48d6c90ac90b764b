package cn.tsbase.operation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.OperationManagement.BaseOperationSummary;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.DataScope;

/**
 * The district's and the municipal bureau's overview of bases (运行总览): per base the standards, the plan's state,
 * targets against actual, the liaison reports filed, late and missing, and the open problems. One page is a bounded
 * number of queries whatever the number of bases (the page of profiles, then the figures of those bases at once).
 */
@Service
public class OperationOverview {

	/** At most this many bases in one export. */
	public static final int MAX_EXPORT = 20_000;

	private static final int EXPORT_CHUNK = 500;

	private final BaseProfileRepository profiles;
	private final OperationManagement operation;
	private final AuditLog audit;
	private final ZoneIndicatorCounts zones;
	private final EntityManager entityManager;

	OperationOverview(BaseProfileRepository profiles, OperationManagement operation, AuditLog audit,
			ZoneIndicatorCounts zones, EntityManager entityManager) {
		this.zones = zones;
		this.entityManager = entityManager;
		this.profiles = profiles;
		this.operation = operation;
		this.audit = audit;
	}

	/** A row of the overview; a zone's row carries its four computed indicators, other rows null. */
	public record Row(long baseId, String unitName, String districtCode, BaseType baseType, Set<Standard> missing,
			BaseOperationSummary figures, ZoneIndicators zone) {

		public boolean isComplete() {
			return missing.isEmpty();
		}
	}

	/** What the overview is filtered by; the district is ignored for a district's own people. */
	public record Filter(String district, BaseType baseType, String name, boolean incompleteOnly) {

		public Filter(String district, BaseType baseType, String name) {
			this(district, baseType, name, false);
		}
	}

	/**
	 * A page of the overview, counted only as far as its links need ({@link BoundedPage}: no count of all the bases
	 * per view), with each base's figures read for the whole page at once.
	 */
	@Transactional(readOnly = true)
	public Page<Row> page(CurrentUser user, Filter filter, int year, Pageable pageable) {
		Specification<BaseProfile> matching = matching(user, filter, year);
		if (matching == null) {
			return Page.empty(pageable);
		}
		BoundedPage<BaseProfile> found = BoundedPage.of(profiles, entityManager, BaseProfile.class, matching,
				pageable);
		return found.withContent(rows(found.getContent(), year));
	}

	/**
	 * Hands the rows to the consumer chunk by chunk (for a streamed export), at most {@link #MAX_EXPORT}; not
	 * read-only, since the export's audit entry is written in the same transaction.
	 */
	@Transactional
	public int export(CurrentUser user, Filter filter, int year, Consumer<List<Row>> consumer) {
		int written = 0;
		for (int page = 0; written < MAX_EXPORT; page++) {
			Slice<BaseProfile> found = find(user, filter, year,
					PageRequest.of(page, EXPORT_CHUNK, Sort.by("districtCode", "unitName", "id")));
			if (found.isEmpty()) {
				break;
			}
			consumer.accept(rows(found.getContent(), year));
			written += found.getNumberOfElements();
			if (!found.hasNext()) {
				break;
			}
		}
		audit.record(user.getUsername(), "OPERATION_OVERVIEW_EXPORTED", "BaseProfile", null, AuditOutcome.SUCCESS,
				year + ": " + written + " rows");
		return written;
	}

	private Slice<BaseProfile> find(CurrentUser user, Filter filter, int year, Pageable pageable) {
		Specification<BaseProfile> matching = matching(user, filter, year);
		if (matching == null) {
			return Page.empty(pageable);
		}
		return profiles.findBy(matching, query -> query.sortBy(pageable.getSort()).slice(pageable));
	}

	/** The bases of the filter inside the caller's scope (the scope is part of the query); null: none at all. */
	private static Specification<BaseProfile> matching(CurrentUser user, Filter filter, int year) {
		DataScope scope = user.scope();
		String district;
		switch (scope.kind()) {
			case ALL -> district = blankToNull(filter.district());
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
			if (filter.baseType() != null) {
				where.add(cb.equal(root.get("baseType"), filter.baseType()));
			}
			if (name != null) {
				where.add(cb.like(cb.lower(root.get("unitName")), name, LikePatterns.ESCAPE));
			}
			if (filter.incompleteOnly()) {
				where.add(incomplete(root, cb, year));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** A standard lacks content, or no plan of the year is accepted (as {@link StandardCompleteness} says). */
	static Predicate incomplete(jakarta.persistence.criteria.Root<BaseProfile> root,
			jakarta.persistence.criteria.CriteriaBuilder cb, int year) {
		return cb.or(cb.notEqual(root.get("incompleteStandards"), ""), cb.isNull(root.get("acceptedPlanYear")),
				cb.lessThan(root.get("acceptedPlanYear"), year));
	}

	private List<Row> rows(List<BaseProfile> bases, int year) {
		Map<Long, BaseOperationSummary> figures = operation
			.summaries(bases.stream().map(BaseProfile::getBaseId).toList(), year);
		Map<Long, ZoneIndicators> zoneFigures = zones.of(bases.stream()
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.map(BaseProfile::getBaseId)
			.toList(), year);
		List<Row> rows = new ArrayList<>();
		for (BaseProfile p : bases) {
			rows.add(new Row(p.getBaseId(), p.getUnitName(), p.getDistrictCode(), p.getBaseType(),
					p.missingStandards(year), figures.get(p.getBaseId()), zoneFigures.get(p.getBaseId())));
		}
		return rows;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
