package cn.tsbase.declaration.internal;


import org.springframework.data.jpa.domain.Specification;

import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.LikePatterns;

/**
 * Which declarations a reader may see, and the filters of the district's queue. {@link #within(DataScope)} is the
 * one place that says who sees what: every query of the module for a reader goes through it.
 */
final class DeclarationSpecifications {

	private DeclarationSpecifications() {
	}

	/**
	 * The declarations inside the scope: a unit its own, drafts included; a district its district's and the municipal
	 * bureau every district's, but only those submitted at least once, because a draft is the unit's own business
	 * until it is submitted (a draft a unit withdrew without ever submitting it stays its own too).
	 */
	static Specification<Declaration> within(DataScope scope) {
		return (root, query, cb) -> switch (scope.kind()) {
			case ALL -> submittedOnce().toPredicate(root, query, cb);
			case DISTRICT -> cb.and(cb.equal(root.get("districtCode"), scope.districtCode()),
					submittedOnce().toPredicate(root, query, cb));
			case UNIT -> cb.equal(root.get("unitId"), scope.unitId());
			case NONE -> cb.disjunction();
		};
	}

	/**
	 * Declarations their unit has submitted at least once: all that anyone but the unit itself may ever see, whatever
	 * opens a declaration to them (a data scope or a {@link cn.tsbase.declaration.DeclarationReadGrants grant}).
	 */
	static Specification<Declaration> submittedOnce() {
		return (root, query, cb) -> cb.greaterThan(root.<Integer>get("submittedVersion"), 0);
	}

	static Specification<Declaration> hasId(long id) {
		return (root, query, cb) -> cb.equal(root.get("id"), id);
	}

	static Specification<Declaration> matching(QueueFilter filter) {
		return (root, query, cb) -> {
			var predicate = cb.conjunction();
			if (filter.callId() != null) {
				predicate = cb.and(predicate, cb.equal(root.get("callId"), filter.callId()));
			}
			if (filter.baseType() != null) {
				predicate = cb.and(predicate, cb.equal(root.get("baseType"), filter.baseType()));
			}
			if (filter.status() != null) {
				predicate = cb.and(predicate, cb.equal(root.get("status"), filter.status()));
			}
			else {
				// drafts are the unit's own business until submitted
				predicate = cb.and(predicate,
						cb.notEqual(root.get("status"), cn.tsbase.declaration.DeclarationStatus.DRAFT));
			}
			if (filter.industryCode() != null && !filter.industryCode().isBlank()) {
				predicate = cb.and(predicate, cb.equal(root.get("industryCode"), filter.industryCode()));
			}
			if (filter.query() != null && !filter.query().isBlank()) {
				predicate = cb.and(predicate, cb.like(cb.lower(root.get("unitName")),
						LikePatterns.containing(filter.query()), LikePatterns.ESCAPE));
			}
			return predicate;
		};
	}
}
