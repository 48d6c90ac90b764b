package cn.tsbase.organization.internal;


import org.springframework.data.jpa.domain.Specification;

import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.LikePatterns;

/** The registry's query: the caller's scope first, then the filters. */
final class UnitSpecifications {

	private UnitSpecifications() {
	}

	static Specification<Unit> within(DataScope scope) {
		return (root, query, cb) -> switch (scope.kind()) {
			case ALL -> cb.conjunction();
			case DISTRICT -> cb.equal(root.get("districtCode"), scope.districtCode());
			case UNIT -> cb.equal(root.get("id"), scope.unitId());
			case NONE -> cb.disjunction();
		};
	}

	static Specification<Unit> matching(UnitFilter filter) {
		return (root, query, cb) -> {
			var predicate = cb.conjunction();
			if (notBlank(filter.query())) {
				String code = Uscc.normalise(filter.query());
				predicate = cb.and(predicate,
						cb.or(cb.like(cb.lower(root.get("name")), LikePatterns.containing(filter.query()),
								LikePatterns.ESCAPE),
								cb.like(root.get("uscc"), LikePatterns.escape(code) + "%", LikePatterns.ESCAPE)));
			}
			if (notBlank(filter.unitTypeCode())) {
				predicate = cb.and(predicate, cb.equal(root.get("unitTypeCode"), filter.unitTypeCode()));
			}
			if (notBlank(filter.industryCode())) {
				predicate = cb.and(predicate, cb.equal(root.get("industryCode"), filter.industryCode()));
			}
			if (notBlank(filter.districtCode())) {
				predicate = cb.and(predicate, cb.equal(root.get("districtCode"), filter.districtCode()));
			}
			return predicate;
		};
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}
}
