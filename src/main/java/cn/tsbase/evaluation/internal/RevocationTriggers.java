package cn.tsbase.evaluation.internal;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Grounds for revocation (摘牌) flagged to the district and the municipal bureau: detected when results are published
 * (不合格 two years running, 不合格 after a failed rectification) or recorded by an officer (a major leak incident, a
 * confirmed violation, fraud in the application). Each is flagged once per base, kind and year.
 */
@Service
public class RevocationTriggers {

	private final RevocationTriggerRepository triggers;
	private final BaseManagement bases;
	private final AuditLog audit;
	private final Clock clock;

	RevocationTriggers(RevocationTriggerRepository triggers, BaseManagement bases, AuditLog audit, Clock clock) {
		this.triggers = triggers;
		this.bases = bases;
		this.audit = audit;
		this.clock = clock;
	}

	/** Filters of the list; all optional. */
	public record Filter(TriggerStatus status, TriggerKind kind, String district) {
	}

	@Transactional(readOnly = true)
	public Page<TriggerView> list(Filter filter, CurrentUser user, Pageable pageable) {
		Specification<RevocationTrigger> spec = Scopes.of(user.scope());
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.kind() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), filter.kind()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		return triggers.findAll(spec, pageable).map(RevocationTrigger::view);
	}

	/** An officer records a ground (only the kinds an officer records) for an active base in scope. */
	@Transactional
	public long record(long baseId, TriggerKind kind, String detail, CurrentUser user) {
		if (!kind.isRecordedByOfficer()) {
			throw new InvalidRequestException("revocation.trigger.detectedOnly");
		}
		BaseView base = bases.find(baseId, user.scope()).orElseThrow(() -> new NotFoundException("Base " + baseId));
		if (base.status() != BaseStatus.ACTIVE) {
			throw new StateConflictException("base.notActive", "Base " + baseId);
		}
		return flag(base.id(), base.unitId(), base.unitName(), base.districtCode(), kind, detail,
				LocalYear.of(clock), user.getUsername());
	}

	/** A detected ground; nothing when the same ground of the year is flagged already. */
	@Transactional
	public void detected(long baseId, long unitId, String unitName, String districtCode, TriggerKind kind,
			String detail, int year, String by) {
		if (!triggers.existsByBaseIdAndKindAndYear(baseId, kind, year)) {
			flag(baseId, unitId, unitName, districtCode, kind, detail, year, by);
		}
	}

	private long flag(long baseId, long unitId, String unitName, String districtCode, TriggerKind kind, String detail,
			int year, String by) {
		if (triggers.existsByBaseIdAndKindAndYear(baseId, kind, year)) {
			throw new StateConflictException("revocation.trigger.exists", "Flagged already");
		}
		RevocationTrigger trigger = triggers.save(new RevocationTrigger(baseId, unitId, unitName, districtCode, kind,
				detail, year, by, clock.instant()));
		audit.record(by, "REVOCATION_TRIGGER_FLAGGED", "RevocationTrigger", trigger.getId(), AuditOutcome.SUCCESS,
				kind + " base " + baseId);
		triggers.saveAndFlush(trigger.flagged());
		return trigger.getId();
	}

	/** The base's open grounds are now the subject of the revocation procedure. */
	@Transactional
	public void proposed(long baseId, long revocationId) {
		triggers.findByBaseIdAndStatus(baseId, TriggerStatus.OPEN).forEach(t -> t.proposed(revocationId));
	}

	/** The base's open grounds, oldest first. */
	@Transactional(readOnly = true)
	public java.util.List<TriggerView> openOf(long baseId) {
		return triggers.findByBaseIdAndStatus(baseId, TriggerStatus.OPEN).stream().map(RevocationTrigger::view).toList();
	}

	/** A year as the officer's grounds are filed under: the current calendar year. */
	static final class LocalYear {

		private LocalYear() {
		}

		static int of(Clock clock) {
			return java.time.LocalDate.now(clock).getYear();
		}
	}
}
