package cn.tsbase.evaluation.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.data.jpa.domain.Specification;

import cn.tsbase.shared.security.DataScope;

/** The caller's scope as a specification and as a lookup by id: all, the district's, the unit's own, or nothing. */
final class Scopes {

	private Scopes() {
	}

	static <T> Specification<T> of(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> (root, q, cb) -> cb.conjunction();
			case DISTRICT -> (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
			case UNIT -> (root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId());
			case NONE -> (root, q, cb) -> cb.disjunction();
		};
	}

	static <T> Optional<T> find(DataScope scope, long id, LongFunction<Optional<T>> all,
			Function<String, Optional<T>> inDistrict, Function<Long, Optional<T>> ofUnit) {
		return switch (scope.kind()) {
			case ALL -> all.apply(id);
			case DISTRICT -> inDistrict.apply(scope.districtCode());
			case UNIT -> ofUnit.apply(scope.unitId());
			case NONE -> Optional.empty();
		};
	}
}
