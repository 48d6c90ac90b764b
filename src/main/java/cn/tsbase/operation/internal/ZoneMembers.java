package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * A zone's member units (成员单位): read within the caller's scope, kept by the unit's own people (added by credit
 * code, matched to a registered unit, changed, removed with a date), and the zone's four indicators computed from them.
 * A base that is not a zone has no members: its member pages are "not found". Every change is audited.
 */
@Service
public class ZoneMembers {

	/** Current members first (the latest removals after them), then by name. */
	public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "removedOn")
		.and(Sort.by("name"))
		.and(Sort.by("id"));

	static final int MAX_EXPORT = 5000;

	private final ZoneMemberRepository members;
	private final BaseProfiles profiles;
	private final ZoneIndicatorCounts indicators;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;
	private final ActivityRepository activities;

	ZoneMembers(ZoneMemberRepository members, BaseProfiles profiles, ZoneIndicatorCounts indicators,
			OrganizationManagement organization, AuditLog audit, Clock clock, ActivityRepository activities) {
		this.members = members;
		this.activities = activities;
		this.profiles = profiles;
		this.indicators = indicators;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	/** The year the indicators and training counts are for (Beijing time). */
	public int currentYear() {
		return profiles.currentYear();
	}

	/** A refused change: the form field, a message key and its arguments. */
	public record Rejection(String field, String messageKey, Object[] arguments) {
	}

	/** What adding a member did: the member's id, or why it was refused. */
	public record Added(Long memberId, Rejection rejection) {

		public Optional<Rejection> refused() {
			return Optional.ofNullable(rejection);
		}

		static Added refusedFor(String field, String messageKey, Object... arguments) {
			return new Added(null, new Rejection(field, messageKey, arguments));
		}
	}

	/** The members as shown for the year, with the people each sent to the zone's trainings (one query). */
	private List<MemberView> views(List<ZoneMember> found, int year) {
		java.util.Map<Long, Integer> fromActivities = new java.util.HashMap<>();
		if (!found.isEmpty()) {
			for (Object[] row : activities.trainedPeopleByMember(found.stream().map(ZoneMember::getId).toList(),
					LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
				fromActivities.put((Long) row[0], ((Number) row[1]).intValue());
			}
		}
		return found.stream().map(m -> m.toView(year, fromActivities.getOrDefault(m.getId(), 0))).toList();
	}

	/** The zone's members, paged in the database, if the zone lies inside the caller's scope. */
	@Transactional(readOnly = true)
	public Page<MemberView> list(long baseId, CurrentUser user, Pageable pageable) {
		zone(baseId, user.scope());
		int year = profiles.currentYear();
		Page<ZoneMember> found = members.findByBaseId(baseId, pageable);
		return new org.springframework.data.domain.PageImpl<>(views(found.getContent(), year), found.getPageable(),
				found.getTotalElements());
	}

	/** The zone's indicators of the current year, if the zone lies inside the caller's scope. */
	@Transactional(readOnly = true)
	public ZoneIndicators indicators(long baseId, CurrentUser user) {
		zone(baseId, user.scope());
		return indicators.of(baseId, profiles.currentYear());
	}

	/** Whether the base is a zone the caller may read (pages show the zone's links and indicators only then). */
	@Transactional(readOnly = true)
	public Optional<ZoneIndicators> indicatorsIfZone(long baseId, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON) || user.hasRole(Role.DISTRICT_OFFICER)
				|| user.hasRole(Role.MUNICIPAL_OFFICER))) {
			return Optional.empty();
		}
		return profiles.findInScope(baseId, user.scope())
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.map(p -> indicators.of(baseId, profiles.currentYear()));
	}

	/** The zone's members for an export (at most {@value #MAX_EXPORT}); the export is audited. */
	@Transactional
	public List<MemberView> export(long baseId, CurrentUser user) {
		zone(baseId, user.scope());
		int year = profiles.currentYear();
		List<MemberView> found = views(members.findByBaseId(baseId, PageRequest.of(0, MAX_EXPORT, ORDER)).getContent(),
				year);
		audit.record("ZONE_MEMBERS_EXPORTED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				String.valueOf(found.size()));
		return found;
	}

	/**
	 * The unit adds a member by its credit code. A code registered on the platform is matched to its unit (whose
	 * name is used when none is given); a former member joins again. Refused: an invalid code, a current member, no
	 * name for an unregistered code.
	 */
	@Transactional
	public Added add(long baseId, String code, String name, CurrentUser user) {
		return add(baseId, code, name, null, user);
	}

	/** Adds a member as above and, when given, states its details in the same change (one audit entry each). */
	@Transactional
	public Added add(long baseId, String code, String name, MemberDetails details, CurrentUser user) {
		BaseProfile zone = ownZone(baseId, user);
		Uscc.Result parsed = Uscc.parse(code);
		if (!parsed.valid()) {
			return Added.refusedFor("uscc", parsed.problem().messageKey(), parsed.arguments());
		}
		String uscc = parsed.uscc().get().value();
		Optional<UnitSummary> registered = organization.findByUscc(uscc);
		String given = name == null ? "" : name.strip();
		String memberName = given.isEmpty() ? registered.map(UnitSummary::name).orElse("") : given;
		if (memberName.isEmpty()) {
			return Added.refusedFor("name", "operation.member.nameNeeded");
		}
		Long unitId = registered.map(UnitSummary::id).orElse(null);
		Optional<ZoneMember> existing = members.findByBaseIdAndUscc(zone.getBaseId(), uscc);
		if (existing.isPresent() && existing.get().getRemovedOn() == null) {
			return Added.refusedFor("uscc", "operation.member.duplicate", uscc);
		}
		ZoneMember member = existing.orElse(null);
		if (member == null) {
			member = members.save(new ZoneMember(zone.getBaseId(), uscc, memberName, unitId, user.getUsername(),
					clock.instant()));
		}
		else {
			member.rejoin(memberName, unitId, user.getUsername(), clock.instant());
		}
		audit.record("ZONE_MEMBER_ADDED", "DemonstrationBase", zone.getBaseId(), AuditOutcome.SUCCESS,
				"member " + member.getId());
		if (details != null) {
			member.update(details, user.getUsername(), clock.instant());
			audit.record("ZONE_MEMBER_CHANGED", "DemonstrationBase", zone.getBaseId(), AuditOutcome.SUCCESS,
					"member " + member.getId());
		}
		return new Added(member.getId(), null);
	}

	/** The unit changes a member's rules, training and cultivation (optimistically locked). */
	@Transactional
	public void update(long baseId, long memberId, long expectedVersion, MemberDetails details, CurrentUser user) {
		ZoneMember member = ownMember(baseId, memberId, expectedVersion, user);
		member.update(details, user.getUsername(), clock.instant());
		audit.record("ZONE_MEMBER_CHANGED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				"member " + memberId);
	}

	/** The unit removes a member as of a date (not in the future); the record stays. */
	@Transactional
	public void remove(long baseId, long memberId, long expectedVersion, LocalDate on, CurrentUser user) {
		ZoneMember member = ownMember(baseId, memberId, expectedVersion, user);
		if (on.isAfter(LocalDate.now(clock.withZone(BaseProfiles.BEIJING)))) {
			throw new StateConflictException("operation.member.removedInFuture", "Removal date in the future");
		}
		member.remove(on, user.getUsername(), clock.instant());
		audit.record("ZONE_MEMBER_REMOVED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS,
				"member " + memberId + " " + on);
	}

	/** The zone's member with the given id, for the edit form, if the caller keeps the zone's members. */
	@Transactional(readOnly = true)
	public Optional<MemberView> member(long baseId, long memberId, CurrentUser user) {
		return profiles.findInScope(baseId, ownScope(user))
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.flatMap(p -> members.findByIdAndBaseId(memberId, baseId))
			.map(m -> views(List.of(m), profiles.currentYear()).get(0));
	}

	/**
	 * Imports the zone's members from the Excel template, all or nothing: rows of current members update them, rows
	 * of former members bring them back, other rows add members; the training count is for the current year. Any
	 * problem in any row (an invalid or repeated code, no name for an unregistered code, a bad value) writes nothing
	 * and is reported by row.
	 */
	@Transactional
	public ImportResult importMembers(long baseId, java.io.InputStream in, CurrentUser user) {
		BaseProfile zone = ownZone(baseId, user);
		ZoneMemberImport.Result read = ZoneMemberImport.read(in, profiles.currentYear());
		if (!read.ok()) {
			return new ImportResult(0, 0, read.problems());
		}
		List<ZoneMemberImport.RowProblem> problems = new java.util.ArrayList<>();
		List<Runnable> writes = new java.util.ArrayList<>();
		int[] added = { 0 };
		int[] changed = { 0 };
		for (ZoneMemberImport.MemberRow row : read.rows()) {
			Optional<UnitSummary> registered = organization.findByUscc(row.uscc());
			String name = row.name().isEmpty() ? registered.map(UnitSummary::name).orElse("") : row.name();
			if (name.isEmpty()) {
				problems.add(new ZoneMemberImport.RowProblem(row.row(), "operation.member.nameNeeded", new Object[0]));
				continue;
			}
			Long unitId = registered.map(UnitSummary::id).orElse(null);
			writes.add(() -> {
				ZoneMember member = members.findByBaseIdAndUscc(zone.getBaseId(), row.uscc()).orElse(null);
				if (member == null) {
					member = members.save(new ZoneMember(zone.getBaseId(), row.uscc(), name, unitId,
							user.getUsername(), clock.instant()));
					added[0]++;
				}
				else {
					member.rejoin(name, unitId, user.getUsername(), clock.instant());
					changed[0]++;
				}
				member.update(row.details(), user.getUsername(), clock.instant());
			});
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, 0, problems);
		}
		writes.forEach(Runnable::run);
		audit.record("ZONE_MEMBERS_IMPORTED", "DemonstrationBase", zone.getBaseId(), AuditOutcome.SUCCESS,
				added[0] + " added, " + changed[0] + " updated");
		return new ImportResult(added[0], changed[0], List.of());
	}

	/** What an import did, or the problems by row that kept it from doing anything. */
	public record ImportResult(int added, int updated, List<ZoneMemberImport.RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** The zone's profile as the caller may read it; a base that is not a zone has no members. */
	BaseProfile zone(long baseId, DataScope scope) {
		BaseProfile profile = profiles.get(baseId, scope);
		if (profile.getBaseType() != BaseType.ZONE) {
			throw new NotFoundException("Zone " + baseId);
		}
		return profile;
	}

	/** The zone, if the caller is one of its unit's own people (applicant or liaison officer). */
	BaseProfile ownZone(long baseId, CurrentUser user) {
		return zone(baseId, ownScope(user));
	}

	static DataScope ownScope(CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			return DataScope.NONE;
		}
		return new DataScope(DataScope.Kind.UNIT, null, user.getUnitId());
	}

	private ZoneMember ownMember(long baseId, long memberId, long expectedVersion, CurrentUser user) {
		BaseProfile zone = ownZone(baseId, user);
		ZoneMember member = members.findByIdAndBaseId(memberId, zone.getBaseId())
			.orElseThrow(() -> new NotFoundException("Member " + memberId));
		if (member.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ZoneMember.class, memberId);
		}
		return member;
	}
}
