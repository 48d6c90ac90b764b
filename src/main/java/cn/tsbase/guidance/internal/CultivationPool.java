package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitRegistered;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The district's cultivation pool (培育库): units added from the registry or, not registered yet, by credit code (they
 * get an invitation to register and join the entry when they do); the district invites the registered ones to a call,
 * and a declaration submitted by a pool unit marks it as applied. The pool shows how many guidance visits each had.
 * The entries register the events of these steps; the audit trail records the addition from its event.
 */
@Service
public class CultivationPool {

	private final CultivationEntryRepository entries;
	private final GuidanceOfficerRepository officers;
	private final GuidanceOfficers assignments;
	private final OrganizationManagement organization;
	private final DeclarationManagement declarations;
	private final AuditLog audit;
	private final Clock clock;

	CultivationPool(CultivationEntryRepository entries, GuidanceOfficerRepository officers,
			GuidanceOfficers assignments, OrganizationManagement organization, DeclarationManagement declarations,
			AuditLog audit, Clock clock) {
		this.entries = entries;
		this.officers = officers;
		this.assignments = assignments;
		this.organization = organization;
		this.declarations = declarations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The pool of the caller's district (every district's for the municipal bureau), optionally only the unit with
	 * the credit code or names containing the query, with the visits each unit had.
	 */
	@Transactional(readOnly = true)
	public Page<PoolEntryView> list(CurrentUser user, String query, Pageable pageable) {
		boolean all = user.hasRole(Role.MUNICIPAL_OFFICER);
		String district = all ? GuidanceScope.NO_DISTRICT : districtOf(user, false);
		String q = query == null ? "" : query.strip();
		String pattern = "%" + LikePatterns.escape(q) + "%";
		Page<CultivationEntry> page = entries.inScope(all, district, q, pattern, pageable);
		List<Long> unitIds = page.stream().map(CultivationEntry::getUnitId).filter(id -> id != null).toList();
		Map<Long, Long> visits = new HashMap<>();
		if (!unitIds.isEmpty()) {
			for (Object[] row : entries.visitsOf(unitIds)) {
				visits.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
			}
		}
		return page.map(e -> e.toView(e.getUnitId() == null ? 0 : visits.getOrDefault(e.getUnitId(), 0L)));
	}

	/**
	 * Adds a unit to the district's pool by credit code: a registered unit of the district joins by its registry
	 * entry (and is assigned to the officer, if one is given), an unregistered one is kept with the given name.
	 */
	@Transactional
	public long add(String code, String name, String reason, String notes, Long officerId, CurrentUser user) {
		String district = districtOf(user, true);
		Uscc.Result parsed = Uscc.parse(code);
		if (!parsed.valid()) {
			throw new InvalidRequestException("guidance.pool.uscc.invalid");
		}
		String uscc = parsed.uscc().orElseThrow().value();
		if (entries.existsByDistrictCodeAndUscc(district, uscc)) {
			throw new StateConflictException("guidance.pool.alreadyInPool", "Unit " + uscc + " is in the pool");
		}
		GuidanceOfficer officer = officerId == null ? null
				: officers.find(officerId, GuidanceScope.district(district))
					.orElseThrow(() -> new InvalidRequestException("guidance.request.officer.invalid"));
		UnitSummary unit = organization.findByUscc(uscc).orElse(null);
		if (unit != null && !district.equals(unit.districtCode())) {
			throw new InvalidRequestException("guidance.pool.otherDistrict");
		}
		if (unit == null && (name == null || name.isBlank())) {
			throw new InvalidRequestException("guidance.pool.name.required");
		}
		CultivationEntry entry = entries.saveAndFlush(new CultivationEntry(district, uscc,
				unit == null ? null : unit.id(), unit == null ? name.strip() : unit.name(), reason.strip(),
				notes == null || notes.isBlank() ? null : notes.strip(), officer, user.getUsername(),
				clock.instant()));
		if (unit != null && officer != null && assignments.currentOfficerId(unit.id()) != officer.getId()) {
			assignments.assignUnit(officer.getId(), uscc, user);
		}
		entry.added();
		entries.save(entry);
		return entry.getId();
	}

	/** Invites every registered pool unit of the district that has not applied yet to the call; how many. */
	@Transactional
	public int invite(long callId, CurrentUser user) {
		String district = districtOf(user, true);
		CallSummary call = declarations.callsFor(user)
			.stream()
			.filter(c -> c.id() == callId)
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("guidance.pool.call.invalid"));
		int invited = 0;
		for (CultivationEntry entry : entries.findByDistrictCodeAndUnitIdIsNotNullAndAppliedCallIdIsNull(district)) {
			entry.invite(call.id(), call.title(), clock.instant());
			entries.save(entry);
			invited++;
		}
		// one record of the district's step on the call; each entry's invitation is its event, for the notification
		audit.record("CULTIVATION_INVITED", "Call", callId, AuditOutcome.SUCCESS, invited + " units");
		return invited;
	}

	/** The calls the district officer may invite to. */
	@Transactional(readOnly = true)
	public List<CallSummary> calls(CurrentUser user) {
		return declarations.callsFor(user);
	}

	@ApplicationModuleListener
	void on(UnitRegistered event) {
		for (CultivationEntry entry : entries.findByUscc(event.uscc())) {
			if (!entry.isRegistered() && entry.toView(0).districtCode().equals(event.districtCode())) {
				entry.registered(event.unitId(), event.name());
				entries.save(entry);
			}
		}
	}

	@ApplicationModuleListener
	void on(DeclarationSubmitted event) {
		for (CultivationEntry entry : entries.findByUnitId(event.unitId())) {
			if (!entry.hasApplied()) {
				entry.applied(event.callId(), clock.instant());
			}
			if (!event.resubmission()) {
				entry.declared(event.declarationId());
			}
		}
	}

	private static String districtOf(CurrentUser user, boolean mustManage) {
		boolean manages = user.hasRole(Role.DISTRICT_OFFICER);
		boolean reads = manages || user.hasRole(Role.IP_OFFICER);
		if (user.getDistrictCode() == null || (mustManage ? !manages : !reads)) {
			throw new NotFoundException("No pool of " + user.getUsername());
		}
		return user.getDistrictCode();
	}
}
