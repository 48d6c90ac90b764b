package cn.tsbase.declaration.internal;

import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

import cn.tsbase.declaration.QueueFilter;

/** The filters of the district's queue. */
final class DeclarationSpecifications {

	private DeclarationSpecifications() {
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
				String text = filter.query().trim().toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				predicate = cb.and(predicate, cb.like(cb.lower(root.get("unitName")), "%" + text + "%", '\\'));
			}
			return predicate;
		};
	}
}
