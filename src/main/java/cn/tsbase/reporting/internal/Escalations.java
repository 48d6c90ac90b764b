package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.operation.ForwardedProblems;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.reporting.EscalationRaised;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Problems a district raises with the municipal bureau between reports (问题反映): a district officer raises one about
 * some of the district's bases, a liaison report's problem the district forwards arrives as one, and a municipal
 * officer answers it. The district sees its own, the bureau all. Audited without the texts.
 */
@Service
public class Escalations {

	static final String AUDIT_TYPE = "Escalation";

	/** At most this many bases in the form's choice (a district has far fewer). */
	private static final int MAX_BASES = 500;

	private final EscalationRepository escalations;
	private final ForwardedProblems forwardedProblems;
	private final BaseManagement bases;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final ReferenceData referenceData;
	private final Clock clock;

	Escalations(EscalationRepository escalations, BaseManagement bases, ApplicationEventPublisher events,
			AuditLog audit, ReferenceData referenceData, Clock clock, ForwardedProblems forwardedProblems) {
		this.forwardedProblems = forwardedProblems;
		this.escalations = escalations;
		this.bases = bases;
		this.events = events;
		this.audit = audit;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/** What a district officer raises: a title, a description and the bases concerned (maybe none). */
	public record NewEscalation(String title, String description, List<Long> baseIds) {
	}

	/** The escalations the caller may see, newest first, paged in the database; filtered by status, district, source. */
	@Transactional(readOnly = true)
	public Page<EscalationView.Row> list(CurrentUser user, EscalationStatus status, String district,
			EscalationSource source, Pageable pageable) {
		DataScope scope = SummaryScope.of(user);
		if (scope.isNone()) {
			return Page.empty(pageable);
		}
		Specification<Escalation> spec = scope.isAll() ? (root, q, cb) -> cb.conjunction()
				: (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
		if (status != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (source != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("source"), source));
		}
		if (district != null && !district.isBlank() && scope.isAll()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), district));
		}
		return escalations.findAll(spec, pageable).map(EscalationView.Row::of);
	}

	/** The escalation, if the caller may see it. */
	@Transactional(readOnly = true)
	public Optional<EscalationView> find(long id, CurrentUser user) {
		DataScope scope = SummaryScope.of(user);
		Optional<Escalation> found = switch (scope.kind()) {
			case ALL -> escalations.findById(id);
			case DISTRICT -> escalations.findByIdAndDistrictCode(id, scope.districtCode());
			default -> Optional.empty();
		};
		return found.map(EscalationView::of);
	}

	/** The active bases of the officer's district, by unit name, for the form's choice. */
	@Transactional(readOnly = true)
	public List<EscalationView.Base> districtBases(CurrentUser officer) {
		String district = SummaryScope.writingDistrict(officer);
		if (district == null) {
			return List.of();
		}
		return bases.ofDistrict(district, PageRequest.of(0, MAX_BASES))
			.stream()
			.map(b -> new EscalationView.Base(b.id(), b.unitName()))
			.sorted(Comparator.comparing(EscalationView.Base::unitName))
			.toList();
	}

	/** A district officer raises a problem with the municipal bureau; returns its id. */
	@Transactional
	public long raise(NewEscalation escalation, CurrentUser officer) {
		String district = SummaryScope.writingDistrict(officer);
		if (district == null) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		DataScope scope = new DataScope(DataScope.Kind.DISTRICT, district, null);
		List<Escalation.ConcernedBase> concerned = new ArrayList<>();
		for (Long baseId : escalation.baseIds() == null ? List.<Long>of() : escalation.baseIds()) {
			BaseView base = bases.find(baseId, scope)
				.orElseThrow(() -> new StateConflictException("reporting.escalation.baseUnknown", "Base " + baseId));
			if (concerned.stream().noneMatch(c -> c.baseId().equals(base.id()))) {
				concerned.add(new Escalation.ConcernedBase(base.id(), base.unitName()));
			}
		}
		Escalation saved = escalations.saveAndFlush(new Escalation(district, escalation.title(),
				escalation.description(), EscalationSource.DISTRICT, null, concerned, officer.getUsername(),
				clock.instant()));
		events.publishEvent(new EscalationRaised(saved.getId(), district,
				referenceData.district(district, Locale.SIMPLIFIED_CHINESE), saved.getTitle()));
		audit.record("ESCALATION_RAISED", AUDIT_TYPE, saved.getId(), AuditOutcome.SUCCESS, null);
		return saved.getId();
	}

	/**
	 * A liaison report's problem the district forwarded arrives as an escalation, once however often it is announced.
	 * Returns whether it was new.
	 */
	@Transactional
	public boolean receiveForwarded(long problemId, String districtCode, String title, String description,
			long baseId, String unitName) {
		if (escalations.existsByLiaisonProblemId(problemId)) {
			return false;
		}
		Escalation saved = escalations.saveAndFlush(new Escalation(districtCode, title, description,
				EscalationSource.LIAISON, problemId, List.of(new Escalation.ConcernedBase(baseId, unitName)),
				"liaison-report", clock.instant()));
		audit.record("ESCALATION_RAISED", AUDIT_TYPE, saved.getId(), AuditOutcome.SUCCESS,
				"liaison problem " + problemId);
		return true;
	}

	/** A municipal officer answers an open escalation. */
	@Transactional
	public void answer(long id, long expectedVersion, String answer, CurrentUser officer) {
		if (!SummaryScope.of(officer).isAll()) {
			throw new NotFoundException("Escalation " + id);
		}
		Escalation escalation = escalations.findById(id).orElseThrow(() -> new NotFoundException("Escalation " + id));
		if (escalation.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Escalation.class, id);
		}
		events.publishEvent(escalation.answer(answer, officer.getUsername(), clock.instant()));
		audit.record("ESCALATION_ANSWERED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
		// a problem forwarded from a liaison report is closed with the answer, where the base raised it
		if (escalation.getLiaisonProblemId() != null) {
			forwardedProblems.closeWithAnswer(escalation.getLiaisonProblemId(), answer, officer.getUsername());
		}
	}
}
