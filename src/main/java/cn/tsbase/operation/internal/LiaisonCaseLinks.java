package cn.tsbase.operation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.casework.CaseworkManagement.UnitCase;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The typical cases a liaison report names (典型案例, issue 12 point 5): the unit picks its own cases of the case
 * library, those it has handed to its district (a draft is nobody's business yet); the report shows them by their
 * public title, linked to the library. Free text stays for cases not in the library.
 */
@Service
public class LiaisonCaseLinks {

	/** At most this many cases in one report. */
	public static final int MAX_CASES = 20;

	private final LiaisonReports reports;
	private final LiaisonReportRepository repository;
	private final BaseProfiles profiles;
	private final CaseworkManagement casework;
	private final AuditLog audit;

	LiaisonCaseLinks(LiaisonReports reports, LiaisonReportRepository repository, BaseProfiles profiles,
			CaseworkManagement casework, AuditLog audit) {
		this.reports = reports;
		this.repository = repository;
		this.profiles = profiles;
		this.casework = casework;
		this.audit = audit;
	}

	/** The cases a report names and, for the unit's own people while the report is editable, those it may name. */
	public record Cases(List<UnitCase> linked, List<UnitCase> choices) {
	}

	/**
	 * What a report's page shows of the case library, from one read of the unit's cases: those the report names and,
	 * while it is editable and the caller is the unit's own, the choices.
	 */
	@Transactional(readOnly = true)
	public Cases forReport(long baseId, LocalDate periodStart, boolean editable, CurrentUser user) {
		BaseProfile profile = profiles.get(baseId, user.scope());
		Set<Long> ids = repository.findByBaseIdAndPeriodStart(baseId, periodStart)
			.map(LiaisonReport::getLinkedCases)
			.orElse(Set.of());
		DataScope own = ZoneMembers.ownScope(user);
		boolean choosing = editable && own.kind() == DataScope.Kind.UNIT
				&& Objects.equals(own.unitId(), profile.getUnitId());
		if (ids.isEmpty() && !choosing) {
			return new Cases(List.of(), List.of());
		}
		List<UnitCase> cases = casework.casesOfUnit(profile.getUnitId());
		return new Cases(cases.stream().filter(c -> ids.contains(c.caseId())).toList(),
				choosing ? cases : List.of());
	}

	/**
	 * Saves the unit's report of the period ({@link LiaisonReports#write}) and, when case ids are given, the cases it
	 * names, in one transaction: a case that is not one of the unit's own handed-in cases is refused and nothing is
	 * saved. Null case ids leave the named cases as they were.
	 */
	@Transactional
	public void write(long baseId, LocalDate periodStart, long expectedVersion, String workStatus,
			String suggestions, String typicalCases, List<String> problems, List<Long> caseIds, CurrentUser user) {
		Set<Long> wanted = caseIds == null ? null
				: caseIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
		if (wanted != null && !wanted.isEmpty()) {
			BaseProfile profile = profiles.get(baseId, ZoneMembers.ownScope(user));
			Set<Long> own = casework.casesOfUnit(profile.getUnitId())
				.stream()
				.map(UnitCase::caseId)
				.collect(Collectors.toSet());
			if (wanted.size() > MAX_CASES || !own.containsAll(wanted)) {
				throw new StateConflictException("operation.liaison.unknownCase", "Not the unit's case: " + wanted);
			}
		}
		reports.write(baseId, periodStart, expectedVersion, workStatus, suggestions, typicalCases, problems, user);
		if (wanted == null) {
			return;
		}
		LiaisonReport report = repository.findByBaseIdAndPeriodStart(baseId, periodStart).orElseThrow();
		if (!report.getLinkedCases().equals(wanted)) {
			report.linkCases(wanted);
			audit.record("LIAISON_REPORT_CASES_LINKED", "LiaisonReport", baseId + "/" + periodStart,
					AuditOutcome.SUCCESS, "cases " + wanted);
		}
	}
}
