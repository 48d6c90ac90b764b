package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The revocation procedure (摘牌): the municipal bureau proposes it for an active base with its grounds (the base's
 * open flagged grounds join it), the unit may respond within a period in working days, then the bureau decides under
 * a document number, which revokes the title through {@link BaseManagement#revoke} (the base leaves the public list,
 * its certificate no longer verifies), or drops it. Scoped like every other list; each step audited and announced.
 */
@Service
public class Revocations {

	/** Working days the unit has to respond unless the bureau says otherwise. */
	public static final int DEFAULT_RESPONSE_DAYS = 10;

	private static final List<RevocationStatus> PENDING = List.of(RevocationStatus.PROPOSED,
			RevocationStatus.RESPONDED);

	private final RevocationRepository revocations;
	private final RevocationTriggers triggers;
	private final BaseManagement bases;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final int reapplyBanYears;

	Revocations(RevocationRepository revocations, RevocationTriggers triggers, BaseManagement bases,
			WorkingCalendar calendar, AuditLog audit, Clock clock,
			@Value("${tsbase.evaluation.reapply-ban-years:3}") int reapplyBanYears) {
		this.revocations = revocations;
		this.triggers = triggers;
		this.bases = bases;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.reapplyBanYears = reapplyBanYears;
	}

	/** Filters of the list; all optional. */
	public record Filter(RevocationStatus status, String district) {
	}

	@Transactional(readOnly = true)
	public Page<RevocationView> list(Filter filter, CurrentUser user, Pageable pageable) {
		LocalDate today = today();
		Specification<Revocation> spec = Scopes.of(user.scope());
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		return revocations.findAll(spec, pageable).map(r -> r.view(today));
	}

	@Transactional(readOnly = true)
	public RevocationView find(long id, CurrentUser user) {
		return get(id, user.scope()).view(today());
	}

	/** Proposes revoking an active base's title; one pending procedure per base. Returns its id. */
	@Transactional
	public long propose(long baseId, String grounds, int responseDays, CurrentUser user) {
		BaseView base = bases.find(baseId, user.scope()).orElseThrow(() -> new NotFoundException("Base " + baseId));
		if (base.status() != BaseStatus.ACTIVE) {
			throw new StateConflictException("base.notActive", "Base " + baseId);
		}
		if (revocations.existsByBaseIdAndStatusIn(baseId, PENDING)) {
			throw new StateConflictException("revocation.pendingExists", "Base " + baseId);
		}
		LocalDate deadline = calendar.lastDayOf(today().plusDays(1), responseDays);
		Revocation r = revocations.save(new Revocation(baseId, base.unitId(), base.unitName(), base.districtCode(),
				grounds, user.getUsername(), today(), deadline));
		triggers.proposed(baseId, r.getId());
		revocations.saveAndFlush(r.proposed());
		return r.getId();
	}

	@Transactional
	public void respond(long id, long version, String text, CurrentUser user) {
		Revocation r = current(id, version, user);
		r.respond(text, clock.instant(), today());
		revocations.saveAndFlush(r);
	}

	/** Revokes the title under the decision; the unit may not reapply before the configured period has passed. */
	@Transactional
	public void revoke(long id, long version, String documentNumber, LocalDate decidedOn, String reason,
			CurrentUser user) {
		Revocation r = current(id, version, user);
		LocalDate reapplyFrom = decidedOn.plusYears(reapplyBanYears);
		r.revoke(documentNumber, decidedOn, reason, user.getUsername(), reapplyFrom, today());
		bases.revoke(r.getBaseId(), documentNumber, decidedOn, reason, user.getUsername());
		revocations.saveAndFlush(r);
	}

	@Transactional
	public void drop(long id, long version, String reason, CurrentUser user) {
		Revocation r = current(id, version, user);
		r.drop(reason, user.getUsername(), today());
		audit.record("REVOCATION_DROPPED", "Revocation", id, AuditOutcome.SUCCESS, reason);
		revocations.saveAndFlush(r);
	}

	/** The unit gives up its base's title (主动退出); refused while a revocation procedure is pending. */
	@Transactional
	public void withdraw(long baseId, String reason, CurrentUser user) {
		BaseView base = bases.find(baseId, user.scope()).orElseThrow(() -> new NotFoundException("Base " + baseId));
		if (revocations.existsByBaseIdAndStatusIn(baseId, PENDING)) {
			throw new StateConflictException("revocation.pendingExists", "Base " + baseId);
		}
		bases.withdraw(base.id(), today(), reason, user.getUsername());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Revocation current(long id, long version, CurrentUser user) {
		Revocation r = get(id, user.scope());
		if (r.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Revocation.class, id);
		}
		return r;
	}

	Revocation get(long id, DataScope scope) {
		return Scopes.find(scope, id, revocations::findById, d -> revocations.findByIdAndDistrictCode(id, d),
				u -> revocations.findByIdAndUnitId(id, u))
			.orElseThrow(() -> new NotFoundException("Revocation " + id));
	}
}
