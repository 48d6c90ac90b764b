package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The district appoints guidance officers (accounts holding the GUIDANCE_OFFICER role in its district; the account
 * itself is created by the account administration) and assigns them bases and units, one officer to many units and
 * one current officer per unit; ended assignments stay as the history.
 */
@Service
public class GuidanceOfficers {

	private final GuidanceOfficerRepository officers;
	private final GuidanceAssignmentRepository assignments;
	private final GuidanceScopes scopes;
	private final AccountManagement accounts;
	private final BaseManagement bases;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	GuidanceOfficers(GuidanceOfficerRepository officers, GuidanceAssignmentRepository assignments,
			GuidanceScopes scopes, AccountManagement accounts, BaseManagement bases,
			OrganizationManagement organization, AuditLog audit, Clock clock) {
		this.officers = officers;
		this.assignments = assignments;
		this.scopes = scopes;
		this.accounts = accounts;
		this.bases = bases;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	/** The officers the caller sees (the district's, all for the city, themselves for an officer), paged. */
	@Transactional(readOnly = true)
	public Page<OfficerView> list(CurrentUser user, Pageable pageable) {
		return officers.inScope(scopes.of(user), pageable).map(GuidanceOfficer::toView);
	}

	/** The officer, if the caller sees them; reading the contact is audited (so not a read-only transaction). */
	@Transactional
	public OfficerView find(long officerId, CurrentUser user) {
		OfficerView officer = officers.find(officerId, scopes.of(user))
			.orElseThrow(() -> new NotFoundException("Guidance officer " + officerId))
			.toView();
		audit.record("GUIDANCE_OFFICER_READ", "GuidanceOfficer", officerId, AuditOutcome.SUCCESS, null);
		return officer;
	}

	/** The active officers of the caller's district, to choose from when assigning. */
	@Transactional(readOnly = true)
	public List<OfficerView> ofDistrict(String districtCode) {
		return officers.findByDistrictCodeAndActiveTrueOrderByDisplayName(districtCode)
			.stream()
			.map(GuidanceOfficer::toView)
			.toList();
	}

	/** The accounts holding the role in the district officer's district that are not appointed yet. */
	@Transactional(readOnly = true)
	public List<Recipient> appointable(CurrentUser user) {
		String district = districtOf(user);
		Set<Long> appointed = officers.findByDistrictCodeAndActiveTrueOrderByDisplayName(district)
			.stream()
			.map(GuidanceOfficer::getAccountId)
			.collect(Collectors.toSet());
		return accounts.holdersOf(Role.GUIDANCE_OFFICER, district)
			.stream()
			.filter(r -> !appointed.contains(r.accountId()))
			.toList();
	}

	/** Appoints an account of the district holding the role (again: updates the field and contact). */
	@Transactional
	public long appoint(long accountId, String expertise, String phone, String email, CurrentUser user) {
		String district = districtOf(user);
		Recipient account = accounts.holdersOf(Role.GUIDANCE_OFFICER, district)
			.stream()
			.filter(r -> r.accountId() == accountId)
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("guidance.officer.accountNotEligible"));
		GuidanceOfficer officer = officers.findByAccountId(accountId).orElse(null);
		if (officer == null) {
			officer = officers.save(new GuidanceOfficer(accountId, account.username(), account.displayName(), district,
					expertise, blankToNull(phone), blankToNull(email), user.getUsername(), clock.instant()));
		}
		else {
			officer.update(expertise, blankToNull(phone), blankToNull(email));
		}
		audit.record("GUIDANCE_OFFICER_APPOINTED", "GuidanceOfficer", officer.getId(), AuditOutcome.SUCCESS,
				account.username() + " " + expertise);
		return officer.getId();
	}

	/** The officer's assignments, current first, then the history (newest first). */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(long officerId, CurrentUser user) {
		officers.find(officerId, scopes.of(user))
			.orElseThrow(() -> new NotFoundException("Guidance officer " + officerId));
		return assignments.findByOfficer_IdOrderByValidFromDescIdDesc(officerId)
			.stream()
			.map(GuidanceAssignment::toView)
			.sorted((a, b) -> Boolean.compare(b.current(), a.current()))
			.toList();
	}

	/** The units currently assigned to the calling guidance officer. */
	@Transactional(readOnly = true)
	public List<AssignmentView> myUnits(CurrentUser user) {
		GuidanceScope scope = scopes.of(user);
		if (!scope.isOfficer()) {
			return List.of();
		}
		return assignments.findByOfficer_IdAndValidToIsNullOrderByUnitName(scope.officer())
			.stream()
			.map(GuidanceAssignment::toView)
			.toList();
	}

	/** The id of the officer assigned to the unit now, or -1. */
	@Transactional(readOnly = true)
	public long currentOfficerId(long unitId) {
		return assignments.findFirstByUnitIdAndValidToIsNull(unitId).map(a -> a.getOfficer().getId()).orElse(-1L);
	}

	/** Assigns a base of the district officer's district to the officer (ending the base unit's current one). */
	@Transactional
	public long assignBase(long officerId, long baseId, CurrentUser user) {
		GuidanceOfficer officer = ownOfficer(officerId, user);
		BaseView base = bases.find(baseId, DataScope.of(user))
			.orElseThrow(() -> new InvalidRequestException("guidance.assignment.baseNotFound"));
		return assign(officer, base.unitId(), base.unitName(), base.districtCode(), base.id(), user);
	}

	/** Assigns a registered unit of the district, found by its credit code, to the officer. */
	@Transactional
	public long assignUnit(long officerId, String uscc, CurrentUser user) {
		GuidanceOfficer officer = ownOfficer(officerId, user);
		UnitSummary unit = organization.findByUscc(uscc)
			.filter(u -> officer.getDistrictCode().equals(u.districtCode()))
			.orElseThrow(() -> new InvalidRequestException("guidance.assignment.unitNotFound"));
		Long baseId = bases.ofUnit(unit.id()).stream().findFirst().map(BaseView::id).orElse(null);
		return assign(officer, unit.id(), unit.name(), unit.districtCode(), baseId, user);
	}

	private long assign(GuidanceOfficer officer, long unitId, String unitName, String district, Long baseId,
			CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		GuidanceAssignment current = assignments.findFirstByUnitIdAndValidToIsNull(unitId).orElse(null);
		if (current != null) {
			if (current.getOfficer().getId().equals(officer.getId())) {
				throw new StateConflictException("guidance.assignment.alreadyAssigned",
						"Unit " + unitId + " is assigned to officer " + officer.getId());
			}
			current.end(today, user.getUsername());
			assignments.flush();
		}
		GuidanceAssignment saved = assignments.save(new GuidanceAssignment(officer, unitId, unitName, district, baseId,
				today, user.getUsername(), clock.instant()));
		audit.record("GUIDANCE_ASSIGNED", "GuidanceOfficer", officer.getId(), AuditOutcome.SUCCESS,
				"unit " + unitId + (current == null ? "" : " (from officer " + current.getOfficer().getId() + ")"));
		return saved.getId();
	}

	/** Ends one of the officer's current assignments (the history keeps it). */
	@Transactional
	public void endAssignment(long officerId, long assignmentId, long version, CurrentUser user) {
		GuidanceOfficer officer = ownOfficer(officerId, user);
		GuidanceAssignment assignment = assignments.findById(assignmentId)
			.filter(a -> a.getOfficer().getId().equals(officer.getId()))
			.orElseThrow(() -> new NotFoundException("Assignment " + assignmentId));
		if (versionOf(assignment) != version) {
			throw new ObjectOptimisticLockingFailureException(GuidanceAssignment.class, assignmentId);
		}
		assignment.end(LocalDate.now(clock), user.getUsername());
		audit.record("GUIDANCE_ASSIGNMENT_ENDED", "GuidanceOfficer", officerId, AuditOutcome.SUCCESS,
				"unit " + assignment.getUnitId());
	}

	private static long versionOf(GuidanceAssignment assignment) {
		return assignment.getVersion();
	}

	private GuidanceOfficer ownOfficer(long officerId, CurrentUser user) {
		String district = districtOf(user);
		return officers.find(officerId, GuidanceScope.district(district))
			.orElseThrow(() -> new NotFoundException("Guidance officer " + officerId));
	}

	private static String districtOf(CurrentUser user) {
		if (!user.hasRole(Role.DISTRICT_OFFICER) || user.getDistrictCode() == null) {
			throw new NotFoundException("No district of " + user.getUsername());
		}
		return user.getDistrictCode();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
