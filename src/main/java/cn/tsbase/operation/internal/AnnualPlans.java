package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.AnnualPlanSubmitted;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Annual work plans (年度工作计划): the district opens filing for a year with a deadline; the unit writes and submits
 * its plan; the district returns it with a reason or accepts it. Every submitted version is kept, every step audited
 * and announced by an event; reads go through the profile, whose query carries the caller's scope.
 */
@Service
public class AnnualPlans {

	/** A new plan's form carries this version: saving it when a plan exists meanwhile is a concurrent edit. */
	public static final long NEW_PLAN = -1;

	private final AnnualPlanRepository plans;
	private final AnnualPlanFilingRepository filings;
	private final AnnualPlanVersionRepository versions;
	private final ActivityRepository activities;
	private final BaseProfiles profiles;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	AnnualPlans(AnnualPlanRepository plans, AnnualPlanFilingRepository filings, AnnualPlanVersionRepository versions,
			ActivityRepository activities, BaseProfiles profiles, AuditLog audit,
			JsonMapper json, Clock clock) {
		this.plans = plans;
		this.filings = filings;
		this.versions = versions;
		this.activities = activities;
		this.profiles = profiles;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	public int currentYear() {
		return profiles.currentYear();
	}

	/** Opens plan filing of the officer's district for the year, or moves its deadline when already open. */
	@Transactional
	public void openFiling(int year, LocalDate deadline, CurrentUser officer) {
		DataScope scope = BaseProfiles.districtScope(officer);
		if (scope.isNone()) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		filings.findByDistrictCodeAndYear(scope.districtCode(), year)
			.ifPresentOrElse(f -> f.moveDeadline(deadline), () -> filings.save(new AnnualPlanFiling(
					scope.districtCode(), year, deadline, officer.getUsername(), clock.instant())));
		audit.record("PLAN_FILING_OPENED", "AnnualPlanFiling", scope.districtCode() + "/" + year,
				AuditOutcome.SUCCESS, "deadline " + deadline);
	}

	/** The filings the user may see: the district's own, all for the municipal bureau. */
	@Transactional(readOnly = true)
	public Page<PlanView.Filing> filings(CurrentUser user, Pageable pageable) {
		DataScope scope = user.scope();
		Page<AnnualPlanFiling> page = switch (scope.kind()) {
			case ALL -> filings.findAll(pageable);
			case DISTRICT -> filings.findByDistrictCode(scope.districtCode(), pageable);
			case UNIT, NONE -> Page.empty(pageable);
		};
		return page.map(f -> new PlanView.Filing(f.getDistrictCode(), f.getYear(), f.getDeadline(), f.getOpenedBy(),
				f.getOpenedAt()));
	}

	@Transactional(readOnly = true)
	public List<PlanView.Summary> ofBase(long baseId, CurrentUser user) {
		profiles.get(baseId, user.scope());
		return plans.findByBaseIdOrderByYearDesc(baseId)
			.stream()
			.map(p -> new PlanView.Summary(p.getYear(), p.getStatus()))
			.toList();
	}

	/** The base's plan of the year (an empty one while none is written), if the base lies inside the scope. */
	@Transactional(readOnly = true)
	public PlanView find(long baseId, int year, CurrentUser user) {
		BaseProfile profile = profiles.get(baseId, user.scope());
		return view(profile, year, plans.findByBaseIdAndYear(baseId, year).orElse(null));
	}

	/** The plan's content as it was submitted in the given version. */
	@Transactional(readOnly = true)
	public PlanContent version(long baseId, int year, int number, CurrentUser user) {
		profiles.get(baseId, user.scope());
		AnnualPlan plan = plans.findByBaseIdAndYear(baseId, year)
			.orElseThrow(() -> new NotFoundException("Plan " + baseId + "/" + year));
		return versions.findByPlanIdAndNumber(plan.getId(), number)
			.map(v -> json.readValue(v.getContent(), PlanContent.class))
			.orElseThrow(() -> new NotFoundException("Plan version " + number));
	}

	/** Saves the unit's plan of the year (creating it while filing is open). */
	@Transactional
	public void write(long baseId, int year, long expectedVersion, PlanContent content, CurrentUser user) {
		BaseProfile profile = ownProfile(baseId, user);
		AnnualPlan plan = plans.lockByBaseIdAndYear(baseId, year).orElse(null);
		if (plan == null) {
			if (expectedVersion != NEW_PLAN) {
				throw new ObjectOptimisticLockingFailureException(AnnualPlan.class, baseId);
			}
			requireFiling(profile, year);
			plan = new AnnualPlan(baseId, profile.getUnitId(), profile.getUnitName(), profile.getDistrictCode(),
					profile.getBaseType(), year, clock.instant());
		}
		else {
			checkVersion(plan, expectedVersion);
		}
		plan.write(content, clock.instant());
		plans.save(plan);
		audit.record("ANNUAL_PLAN_SAVED", "AnnualPlan", baseId + "/" + year, AuditOutcome.SUCCESS, null);
	}

	/** The unit submits its plan to the district; the version is kept as submitted. */
	@Transactional
	public void submit(long baseId, int year, long expectedVersion, CurrentUser user) {
		BaseProfile profile = ownProfile(baseId, user);
		requireFiling(profile, year);
		AnnualPlan plan = existing(baseId, year, expectedVersion);
		AnnualPlanSubmitted submitted = plan.submit(clock.instant());
		versions.save(new AnnualPlanVersion(plan.getId(), submitted.submittedVersion(),
				json.writeValueAsString(plan.content()), user.getUsername(), clock.instant()));
		plans.saveAndFlush(plan);
	}

	/** The district returns the submitted plan for revision. */
	@Transactional
	public void returnForRevision(long baseId, int year, long expectedVersion, String reason, CurrentUser officer) {
		profiles.get(baseId, BaseProfiles.districtScope(officer));
		AnnualPlan plan = existing(baseId, year, expectedVersion);
		plan.returnForRevision(reason, officer.getUsername(), clock.instant());
		decided(plan, PlanStatus.RETURNED, reason, officer);
		plans.saveAndFlush(plan);
	}

	/** The district accepts the submitted plan: the annual-plan standard is met for the year. */
	@Transactional
	public void accept(long baseId, int year, long expectedVersion, String comment, CurrentUser officer) {
		BaseProfile profile = profiles.get(baseId, BaseProfiles.districtScope(officer));
		AnnualPlan plan = existing(baseId, year, expectedVersion);
		plan.accept(comment, officer.getUsername(), clock.instant());
		decided(plan, PlanStatus.ACCEPTED, comment, officer);
		profile.planAccepted(year);
		plans.saveAndFlush(plan);
	}

	/** Plan against actual for the year: the accepted (or latest) plan's promises and the activities held. */
	@Transactional(readOnly = true)
	public PlanProgress progress(long baseId, int year, PlanContent content) {
		Map<ActivityKind, long[]> held = new EnumMap<>(ActivityKind.class);
		for (Object[] row : activities.totals(baseId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
			held.put((ActivityKind) row[0], new long[] { ((Number) row[1]).longValue(),
					row[2] == null ? 0 : ((Number) row[2]).longValue() });
		}
		List<PlanProgress.Line> lines = java.util.Arrays.stream(ActivityKind.values()).map(kind -> {
			long[] totals = held.getOrDefault(kind, new long[] { 0, 0 });
			return new PlanProgress.Line(kind, content.planned(kind), (int) totals[0], content.plannedReach(kind),
					(int) totals[1]);
		}).toList();
		Integer legalTarget = content.zoneTargets() == null ? null : content.zoneTargets().legalEvents();
		return new PlanProgress(year, lines, legalTarget, (int) held.getOrDefault(ActivityKind.PUBLICITY,
				new long[] { 0, 0 })[0]);
	}

	private void decided(AnnualPlan plan, PlanStatus decision, String reason, CurrentUser officer) {
		versions.findByPlanIdAndNumber(plan.getId(), plan.getSubmittedVersion())
			.ifPresent(v -> v.decided(decision, reason, officer.getUsername(), clock.instant()));
	}

	private PlanView view(BaseProfile profile, int year, AnnualPlan plan) {
		AnnualPlanFiling filing = filings.findByDistrictCodeAndYear(profile.getDistrictCode(), year).orElse(null);
		LocalDate deadline = filing == null ? null : filing.getDeadline();
		LocalDate today = LocalDate.now(clock.withZone(BaseProfiles.BEIJING));
		PlanContent content = plan == null ? new PlanContent(null, List.of(), null, null, null, null) : plan.content();
		boolean overdue = deadline != null && today.isAfter(deadline)
				&& (plan == null || plan.getStatus().isEditable());
		List<PlanView.VersionSummary> submitted = plan == null ? List.of()
				: versions.findByPlanIdOrderByNumberDesc(plan.getId())
					.stream()
					.map(v -> new PlanView.VersionSummary(v.getNumber(), v.getSubmittedBy(), v.getSubmittedAt(),
							v.getDecision(), v.getDecisionReason(), v.getDecidedBy(), v.getDecidedAt()))
					.toList();
		BaseType type = profile.getBaseType();
		return new PlanView(profile.getBaseId(), profile.getUnitName(), profile.getDistrictCode(), type, year,
				plan == null ? null : plan.getStatus(), content, plan == null ? null : plan.getGuidance(),
				plan == null ? null : plan.getReturnReason(), plan == null ? 0 : plan.getSubmittedVersion(),
				plan == null ? null : plan.getSubmittedAt(), plan == null ? null : plan.getDecidedBy(),
				plan == null ? null : plan.getDecidedAt(), plan == null ? NEW_PLAN : plan.getVersion(), deadline,
				overdue, submitted, progress(profile.getBaseId(), year, content));
	}

	private BaseProfile ownProfile(long baseId, CurrentUser user) {
		if (!(user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON)) || user.getUnitId() == null) {
			throw new NotFoundException("Base profile " + baseId);
		}
		return profiles.get(baseId, new DataScope(DataScope.Kind.UNIT, null, user.getUnitId()));
	}

	private void requireFiling(BaseProfile profile, int year) {
		if (filings.findByDistrictCodeAndYear(profile.getDistrictCode(), year).isEmpty()) {
			throw new StateConflictException("operation.plan.filingNotOpen", "No plan filing for " + year);
		}
	}

	private AnnualPlan existing(long baseId, int year, long expectedVersion) {
		AnnualPlan plan = plans.lockByBaseIdAndYear(baseId, year)
			.orElseThrow(() -> new NotFoundException("Plan " + baseId + "/" + year));
		checkVersion(plan, expectedVersion);
		return plan;
	}

	private static void checkVersion(AnnualPlan plan, long expectedVersion) {
		if (plan.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(AnnualPlan.class, plan.getId());
		}
	}

	Instant now() {
		return clock.instant();
	}
}
