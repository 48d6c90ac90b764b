package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/** Calls (申报通知): published by a district for itself or by the municipal bureau for every district. */
@Component
class Calls {

	private final CallRepository calls;
	private final AuditLog audit;
	private final Clock clock;

	Calls(CallRepository calls, AuditLog audit, Clock clock) {
		this.calls = calls;
		this.audit = audit;
		this.clock = clock;
	}

	/** A district officer publishes for their district; a municipal officer for every district. */
	@Transactional
	Call create(NewCall call, CurrentUser officer) {
		String district = officer.scope().isAll() ? null : officer.getDistrictCode();
		if (district == null && !officer.scope().isAll()) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		Call saved = calls.save(new Call(district, call.title(), call.year(), call.baseTypes(),
				call.requirementsHtml(), call.opensAt(), call.closesAt(), call.quotaPoints(), call.quotaZones(),
				officer.getUsername(), clock.instant()));
		audit.record("CALL_PUBLISHED", "Call", saved.getId(), AuditOutcome.SUCCESS,
				district == null ? "all districts" : "district " + district);
		return saved;
	}

	/** The calls the user may see: the municipal bureau all, everyone else their district's and the municipal ones. */
	@Transactional(readOnly = true)
	List<Call> visibleTo(CurrentUser user) {
		if (user.scope().isAll()) {
			return calls.findAllNewestFirst();
		}
		String district = user.getDistrictCode();
		return district == null ? List.of() : calls.findForDistrict(district);
	}

	/** The call, if the user may see it. */
	@Transactional(readOnly = true)
	Call get(long callId, CurrentUser user) {
		Call call = calls.findById(callId).orElseThrow(() -> new NotFoundException("Call " + callId));
		if (!user.scope().isAll() && !call.covers(user.getDistrictCode())) {
			throw new NotFoundException("Call " + callId);
		}
		return call;
	}

	/** The call whatever the scope (for a declaration already inside the caller's scope). */
	Call byId(long callId) {
		return calls.findById(callId).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<CallSummary> find(long callId) {
		return calls.findById(callId).map(Calls::summary);
	}

	@Transactional(readOnly = true)
	List<CallSummary> summariesFor(CurrentUser user) {
		return visibleTo(user).stream().map(Calls::summary).toList();
	}

	static CallSummary summary(Call c) {
		return c.view().summary();
	}
}
