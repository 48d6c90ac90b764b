package cn.tsbase.base.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseDetailView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.web.PublicPageCache;
import cn.tsbase.shared.LikePatterns;

/** Designates the bases of a publication and lists them: publicly, by district, and to each unit. */
@Service
public class BaseService {

	private final DemonstrationBaseRepository bases;
	private final EntityManager entityManager;
	private final AuditLog audit;
	private final Clock clock;
	private final PublicPageCache publicPages;
	private final ApplicationEventPublisher events;

	BaseService(DemonstrationBaseRepository bases, AuditLog audit, Clock clock, PublicPageCache publicPages,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.bases = bases;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.publicPages = publicPages;
	}

	@ApplicationModuleListener
	void on(ListPublished published) {
		designate(published);
	}

	/**
	 * Creates a base per published unit, once (a replayed event changes nothing), and announces each new base with
	 * {@link cn.tsbase.base.BaseDesignated}.
	 */
	@Transactional
	public int designate(ListPublished published) {
		int created = 0;
		for (ListPublished.Entry entry : published.entries()) {
			if (bases.existsByPublicationIdAndUnitId(published.publicationId(), entry.unitId())) {
				continue;
			}
			DemonstrationBase base = bases.save(new DemonstrationBase(published.publicationId(),
					entry.declarationId(), entry.unitId(), entry.unitName(), entry.uscc(), entry.baseType(),
					published.batchYear(), entry.districtCode(), entry.industryCode(), published.documentNumber(),
					published.documentDate(), clock.instant()));
			base.certify();
			// inside the transaction: the event publication registry keeps it until every listener has run
			events.publishEvent(base.designated());
			created++;
		}
		audit.record("system", "BASES_DESIGNATED", "Publication", published.publicationId(), AuditOutcome.SUCCESS,
				published.documentNumber() + ": " + created);
		if (created > 0) {
			publicPages.evictAllAfterCommit();
		}
		return created;
	}

	public record Filter(Integer year, String district, BaseType baseType, String industry, String query) {
	}

	/** Active bases matching the filter, within the scope (the public and the municipal bureau see all). */
	@Transactional(readOnly = true)
	public Page<BaseDetailView> search(Filter filter, DataScope scope, Pageable pageable) {
		return matchingBases(filter, scope, pageable).map(DemonstrationBase::detail);
	}

	/** The same as {@link #search}, for the module's own mappings. */
	Page<DemonstrationBase> matchingBases(Filter filter, DataScope scope, Pageable pageable) {
		return bases.findAll(matching(filter, scope), pageable);
	}

	/** The officers' base list page: like {@link #search} but counted only as far as its links go (issue 16). */
	@Transactional(readOnly = true)
	public Page<BaseDetailView> browse(Filter filter, DataScope scope, Pageable pageable) {
		return BoundedPage.of(bases, entityManager, DemonstrationBase.class, matching(filter, scope), pageable)
			.map(DemonstrationBase::detail);
	}

	private static Specification<DemonstrationBase> matching(Filter filter, DataScope scope) {
		Specification<DemonstrationBase> spec = (root, q, cb) -> cb.equal(root.get("status"),
				DemonstrationBase.Status.ACTIVE);
		switch (scope.kind()) {
			case DISTRICT -> spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode()));
			case UNIT -> spec = spec.and((root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId()));
			case NONE -> spec = spec.and((root, q, cb) -> cb.disjunction());
			case ALL -> {
			}
		}
		if (filter.year() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("batchYear"), filter.year()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		if (filter.baseType() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("baseType"), filter.baseType()));
		}
		if (filter.industry() != null && !filter.industry().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("industryCode"), filter.industry()));
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			String text = LikePatterns.containing(filter.query());
			spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("unitName")), text, LikePatterns.ESCAPE));
		}
		return spec;
	}

	/** Any base, whatever its status, for its public detail page (what a publication made public). */
	@Transactional(readOnly = true)
	public BaseDetailView publicDetail(long baseId) {
		return bases.findById(baseId)
			.map(DemonstrationBase::detail)
			.orElseThrow(() -> new NotFoundException("Base " + baseId));
	}

	/** The base whose certificate carries the code as typed (normalized), if any. */
	@Transactional(readOnly = true)
	public Optional<BaseDetailView> byVerificationCode(String typed) {
		return CertificateCodes.normalize(typed).flatMap(bases::findByVerificationCode).map(DemonstrationBase::detail);
	}

	/** Gives every base without a certificate number and code its own; returns how many. */
	@Transactional
	public int certifyMissing() {
		int certified = 0;
		for (DemonstrationBase base : bases.findByVerificationCodeIsNull()) {
			if (base.certify()) {
				certified++;
			}
		}
		if (certified > 0) {
			audit.record("system", "CERTIFICATE_CODES_ISSUED", "DemonstrationBase", null, AuditOutcome.SUCCESS,
					String.valueOf(certified));
		}
		return certified;
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return bases.years();
	}

	@Transactional(readOnly = true)
	public List<BaseDetailView> ofUnit(long unitId) {
		return bases.findByUnitIdOrderByBatchYearDesc(unitId).stream().map(DemonstrationBase::detail).toList();
	}

	/** A base inside the scope (a district officer's district, all for the city; otherwise "not found"). */
	@Transactional(readOnly = true)
	public BaseDetailView inScope(long baseId, DataScope scope) {
		return findInScope(baseId, scope).map(DemonstrationBase::detail)
			.orElseThrow(() -> new NotFoundException("Base " + baseId));
	}

	/**
	 * A base inside the scope, or empty. Callers that turn "not found" into an answer use this one: an exception thrown
	 * out of a transactional method marks the caller's transaction rollback-only.
	 */
	@Transactional(readOnly = true)
	Optional<DemonstrationBase> findInScope(long baseId, DataScope scope) {
		return bases.findById(baseId).filter(b -> switch (scope.kind()) {
			case ALL -> true;
			case DISTRICT -> b.getDistrictCode().equals(scope.districtCode());
			case UNIT -> scope.unitId() != null && scope.unitId().equals(b.getUnitId());
			case NONE -> false;
		});
	}

	/** A base of the unit (otherwise "not found"). */
	@Transactional(readOnly = true)
	public BaseDetailView ofUnit(long unitId, long baseId) {
		return bases.findById(baseId)
			.filter(b -> b.getUnitId() == unitId)
			.map(DemonstrationBase::detail)
			.orElseThrow(() -> new NotFoundException("Base " + baseId));
	}
}
