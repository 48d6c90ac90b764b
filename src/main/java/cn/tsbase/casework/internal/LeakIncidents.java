package cn.tsbase.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.casework.IncidentStatus;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Leak incidents (泄露事件): a unit reports one confidentially, its district officers are told at once (a link, never
 * the content), the district records its first contact and measures and closes it with an outcome. Every query carries
 * the caller's scope ({@link CaseworkScope}); every read of an incident is audited, and so is a refused one. The
 * incident registers its events (reported, answered, closed), published when it is saved; the audit trail records the
 * report and the closing from them, the response (with its referral and time) is recorded here.
 */
@Service
public class LeakIncidents {

	static final String AUDIT_TYPE = "LeakIncident";

	private final LeakIncidentRepository incidents;
	private final OrganizationManagement organization;
	private final BaseManagement bases;
	private final GuidanceManagement guidance;
	private final AuditLog audit;
	private final Clock clock;

	LeakIncidents(LeakIncidentRepository incidents, OrganizationManagement organization, BaseManagement bases,
			GuidanceManagement guidance, AuditLog audit, Clock clock) {
		this.incidents = incidents;
		this.organization = organization;
		this.bases = bases;
		this.guidance = guidance;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the unit reports (the form's content). */
	public record NewReport(LocalDate discoveredOn, IncidentOrigin origin, IncidentIntent intent,
			SecretCategory secretCategory, LeakChannel channel, String description, String estimatedLoss,
			boolean evidenceSecured, boolean accessRevoked, boolean lettersSent, boolean policeReported,
			String actionsTaken, boolean helpWanted, Remedy remedy) {
	}

	/** Reports an incident of the caller's unit; returns its id. */
	@Transactional
	public long report(NewReport report, CurrentUser user) {
		DataScope scope = CaseworkScope.of(user);
		if (scope.kind() != DataScope.Kind.UNIT) {
			throw new NotFoundException("No unit for " + user.getUsername());
		}
		UnitSummary unit = organization.find(scope.unitId(), scope)
			.orElseThrow(() -> new NotFoundException("Unit " + scope.unitId()));
		Long baseId = bases.ofUnit(unit.id())
			.stream()
			.filter(b -> b.status() == BaseStatus.ACTIVE)
			.map(BaseView::id)
			.findFirst()
			.orElse(null);
		LeakIncident incident = incidents.saveAndFlush(new LeakIncident(unit.id(), unit.name(), unit.districtCode(), baseId,
				new LeakIncident.Report(report.discoveredOn(), report.origin(), report.intent(),
						report.secretCategory(), report.channel(), report.description(), report.estimatedLoss(),
						report.evidenceSecured(), report.accessRevoked(), report.lettersSent(),
						report.policeReported(), report.actionsTaken(), report.helpWanted(), report.remedy()),
				user.getUsername(), clock.instant()));
		incident.reported();
		incidents.saveAndFlush(incident);
		return incident.getId();
	}

	/** The incidents the caller may see, newest first, paged in the database; optionally of one status/district. */
	@Transactional // writes the audit entry of the read
	public Page<IncidentView.Row> list(CurrentUser user, IncidentStatus status, String district, Pageable pageable) {
		DataScope scope = CaseworkScope.of(user);
		Specification<LeakIncident> spec;
		if (!scope.isNone()) {
			spec = inScope(scope);
		}
		else if (isGuidanceOfficer(user)) {
			spec = ofUnits(guidance.unitsGuidedBy(user.getId()));
		}
		else {
			return Page.empty(pageable);
		}
		if (status != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (district != null && !district.isBlank() && scope.isAll()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), district));
		}
		Page<IncidentView.Row> page = incidents.findAll(spec, pageable).map(IncidentView.Row::of);
		audit.record("INCIDENTS_LISTED", AUDIT_TYPE, null, AuditOutcome.SUCCESS,
				page.getNumberOfElements() + " rows");
		return page;
	}

	/** The incident, if it lies in the caller's scope; the read is audited (a refused one too) and else 404. */
	@Transactional(noRollbackFor = NotFoundException.class) // the audit entry of a refused read is kept too
	public IncidentView find(long id, CurrentUser user) {
		LeakIncident incident = load(id, user);
		audit.record("INCIDENT_READ", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
		return IncidentView.of(incident);
	}

	/** The district's response: first contact, measures, referral. Only the district officers of its district. */
	@Transactional
	public void respond(long id, long version, Instant firstContact, String measures, Referral referral,
			CurrentUser officer) {
		LeakIncident incident = loadForDistrict(id, officer);
		checkVersion(incident, version);
		incident.respond(firstContact, measures, referral, officer.getUsername(), clock.instant());
		incidents.saveAndFlush(incident);
		audit.record("INCIDENT_RESPONDED", AUDIT_TYPE, id, AuditOutcome.SUCCESS,
				"referral " + referral + ", response " + incident.getResponseMinutes() + " min");
	}

	/** Closes the incident with its outcome. Only the district officers of its district. */
	@Transactional
	public void close(long id, long version, String outcome, CurrentUser officer) {
		LeakIncident incident = loadForDistrict(id, officer);
		checkVersion(incident, version);
		incident.close(outcome, officer.getUsername(), clock.instant());
		incidents.saveAndFlush(incident);
	}

	/** Every incident reported in the year within the scope, with its response time (no confidential content). */
	@Transactional(readOnly = true)
	public List<IncidentFigure> figures(int year, DataScope scope) {
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CaseworkTime.ZONE).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CaseworkTime.ZONE).toInstant();
		return incidents.figures(from, to)
			.stream()
			.filter(f -> switch (scope.kind()) {
				case ALL -> true;
				case DISTRICT -> scope.districtCode().equals(f.districtCode());
				case UNIT -> scope.unitId().equals(f.unitId());
				case NONE -> false;
			})
			.toList();
	}

	/** Per district: incidents of the year, how many were answered, and the median minutes to first contact. */
	@Transactional(readOnly = true)
	public List<IncidentView.DistrictResponse> responseTimes(int year, DataScope scope) {
		return responseTimes(figures(year, scope));
	}

	static List<IncidentView.DistrictResponse> responseTimes(List<IncidentFigure> figures) {
		Map<String, List<IncidentFigure>> byDistrict = new TreeMap<>();
		figures.forEach(f -> byDistrict.computeIfAbsent(f.districtCode(), d -> new ArrayList<>()).add(f));
		List<IncidentView.DistrictResponse> out = new ArrayList<>();
		byDistrict.forEach((district, list) -> {
			List<Long> minutes = list.stream()
				.map(IncidentFigure::responseMinutes)
				.filter(java.util.Objects::nonNull)
				.sorted()
				.toList();
			out.add(new IncidentView.DistrictResponse(district, list.size(), minutes.size(), median(minutes)));
		});
		return out;
	}

	/** The median of sorted values (the mean of the middle two for an even count, rounded down), or null if none. */
	static Long median(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	public int currentYear() {
		return LocalDate.now(clock.withZone(CaseworkTime.ZONE)).getYear();
	}

	LeakIncident load(long id, CurrentUser user) {
		DataScope scope = CaseworkScope.of(user);
		Optional<LeakIncident> found = switch (scope.kind()) {
			case ALL -> incidents.findById(id);
			case DISTRICT -> incidents.findByIdAndDistrictCode(id, scope.districtCode());
			case UNIT -> incidents.findByIdAndUnitId(id, scope.unitId());
			case NONE -> isGuidanceOfficer(user) ? ofGuidedUnits(id, user) : Optional.<LeakIncident>empty();
		};
		if (found.isEmpty()) {
			audit.record("INCIDENT_READ", AUDIT_TYPE, id, AuditOutcome.FAILURE, "not in scope or unknown");
			throw new NotFoundException("Incident " + id);
		}
		return found.get();
	}

	private LeakIncident loadForDistrict(long id, CurrentUser officer) {
		DataScope scope = CaseworkScope.of(officer);
		if (scope.kind() != DataScope.Kind.DISTRICT) {
			throw new NotFoundException("Incident " + id);
		}
		return incidents.findByIdAndDistrictCode(id, scope.districtCode())
			.orElseThrow(() -> new NotFoundException("Incident " + id));
	}

	/** A guidance officer (and nothing wider) sees the incidents of the units assigned to them today. */
	private static boolean isGuidanceOfficer(CurrentUser user) {
		return user != null && user.hasRole(Role.GUIDANCE_OFFICER);
	}

	private Optional<LeakIncident> ofGuidedUnits(long id, CurrentUser user) {
		List<Long> units = guidance.unitsGuidedBy(user.getId());
		return units.isEmpty() ? Optional.empty() : incidents.findByIdAndUnitIdIn(id, units);
	}

	private static Specification<LeakIncident> ofUnits(List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return (root, q, cb) -> cb.disjunction();
		}
		return (root, q, cb) -> root.get("unitId").in(unitIds);
	}

	private static Specification<LeakIncident> inScope(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> (root, q, cb) -> cb.conjunction();
			case DISTRICT -> (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
			case UNIT -> (root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId());
			case NONE -> (root, q, cb) -> cb.disjunction();
		};
	}

	private static void checkVersion(LeakIncident incident, long expected) {
		if (incident.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(LeakIncident.class, incident.getId());
		}
	}
}
