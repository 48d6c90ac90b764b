package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.PendingDeclaration;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/** The district's side of a declaration: the queue, returning it for correction, deciding on it. */
@Component
class DistrictDeclarations {

	private final DeclarationRepository declarations;
	private final DeclarationRecords records;
	private final Clock clock;
	private final EntityManager entityManager;

	DistrictDeclarations(DeclarationRepository declarations, DeclarationRecords records,
			Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.declarations = declarations;
		this.records = records;
		this.clock = clock;
	}

	@Transactional
	void returnForCorrection(long id, long expectedVersion, Map<Section, String> reasons, CurrentUser officer) {
		Map<Section, String> given = new EnumMap<>(Section.class);
		reasons.forEach((section, reason) -> {
			if (reason != null && !reason.isBlank()) {
				given.put(section, reason.strip());
			}
		});
		if (given.isEmpty()) {
			throw new StateConflictException("declaration.returnNeedsReason", "A return needs a reason");
		}
		Declaration declaration = records.load(id, expectedVersion, officer.scope());
		declaration.returnForCorrection(given, records.write(given), clock.instant());
		declarations.saveAndFlush(declaration);
		records.record(declaration, "RETURNED", officer.getUsername(), String.join("\n", given.values()));
	}

	@Transactional
	void decide(long declarationId, long expectedVersion, boolean recommended, String reason, CurrentUser officer) {
		Declaration declaration = records.load(declarationId, expectedVersion, officer.scope());
		declaration.decide(recommended, reason, clock.instant());
		declarations.saveAndFlush(declaration);
		records.record(declaration, recommended ? "RECOMMENDED" : "NOT_RECOMMENDED", officer.getUsername(), reason);
	}

	@Transactional(readOnly = true)
	Page<DeclarationSummary> queue(QueueFilter filter, DataScope scope, Pageable pageable) {
		return declarations
			.findAll(DeclarationSpecifications.within(scope).and(DeclarationSpecifications.matching(filter)), pageable)
			.map(DistrictDeclarations::summary);
	}

	@Transactional(readOnly = true)
	Page<DeclarationSummary> queuePage(QueueFilter filter, DataScope scope, Pageable pageable) {
		return BoundedPage
			.of(declarations, entityManager, Declaration.class,
					DeclarationSpecifications.within(scope).and(DeclarationSpecifications.matching(filter)), pageable)
			.map(DistrictDeclarations::summary);
	}

	@Transactional(readOnly = true)
	Window<DeclarationSummary> queueAfter(QueueFilter filter, DataScope scope, Sort sort, ScrollPosition position,
			int limit) {
		return declarations
			.findBy(DeclarationSpecifications.within(scope).and(DeclarationSpecifications.matching(filter)),
					query -> query.sortBy(sort).limit(limit).scroll(position))
			.map(DistrictDeclarations::summary);
	}

	/** Selects the ids only (no declaration is loaded or decrypted), through the reader's scope. */
	@Transactional(readOnly = true)
	List<Long> awaitingReviewIds(DataScope scope, int limit) {
		Specification<Declaration> awaiting = DeclarationSpecifications.within(scope)
			.and((root, query, cb) -> root.get("status").in(DeclarationStatus.AWAITING_REVIEW));
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Declaration> root = query.from(Declaration.class);
		query.select(root.get("id"))
			.where(awaiting.toPredicate(root, query, cb))
			.orderBy(cb.asc(root.get("submittedAt")), cb.asc(root.get("id")));
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	@Transactional(readOnly = true)
	Optional<DeclarationSummary> find(long declarationId, DataScope scope) {
		return declarations
			.findOne(DeclarationSpecifications.within(scope).and(DeclarationSpecifications.hasId(declarationId)))
			.map(DistrictDeclarations::summary);
	}

	@Transactional(readOnly = true)
	List<DeclarationSummary> findAll(List<Long> declarationIds, DataScope scope) {
		if (declarationIds.isEmpty()) {
			return List.of();
		}
		return declarations
			.findAll(DeclarationSpecifications.within(scope)
				.and((root, query, cb) -> root.get("id").in(declarationIds)))
			.stream()
			.map(DistrictDeclarations::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	List<PendingDeclaration> pendingClosingBetween(Instant from, Instant to) {
		return declarations.findPending(List.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED), from, to);
	}

	static DeclarationSummary summary(Declaration d) {
		return d.view().summary();
	}
}
