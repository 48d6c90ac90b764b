package cn.tsbase.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Annual summary reports (年度工作总结): a district officer writes the district's report of a year and submits it, the
 * figures frozen as they stand; a municipal officer returns it with a reason or accepts it. The municipal bureau sees
 * the reports that reached it, a district its own. Every step is audited (never the texts) and announced by an event.
 */
@Service
public class SummaryReports {

	static final String AUDIT_TYPE = "SummaryReport";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final SummaryReportRepository reports;
	private final SummaryFigureSource figureSource;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final JsonMapper json;
	private final ReferenceData referenceData;
	private final Clock clock;

	SummaryReports(SummaryReportRepository reports, SummaryFigureSource figureSource, ApplicationEventPublisher events,
			AuditLog audit, JsonMapper json, ReferenceData referenceData, Clock clock) {
		this.reports = reports;
		this.figureSource = figureSource;
		this.events = events;
		this.audit = audit;
		this.json = json;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/** The year a district reports on by default: last year in the first quarter, else this year. */
	public int defaultYear() {
		LocalDate today = LocalDate.now(clock.withZone(BEIJING));
		return today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
	}

	/** The reports the caller may see, newest year first; optionally of one year and one district. */
	@Transactional(readOnly = true)
	public Page<SummaryReportView.Row> list(CurrentUser user, Integer year, String district, Pageable pageable) {
		DataScope scope = SummaryScope.of(user);
		if (scope.isNone()) {
			return Page.empty(pageable);
		}
		Specification<SummaryReport> spec = switch (scope.kind()) {
			case DISTRICT -> (root, q, cb) -> cb.equal(root.get("districtCode"), scope.districtCode());
			default -> (root, q, cb) -> cb.greaterThan(root.get("submissions"), 0);
		};
		if (year != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), year));
		}
		if (district != null && !district.isBlank() && scope.isAll()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), district));
		}
		return reports.findAll(spec, pageable).map(SummaryReportView.Row::of);
	}

	/** The report, if the caller may see it: the district's own, or one that reached the municipal bureau. */
	@Transactional(readOnly = true)
	public Optional<SummaryReportView> find(long id, CurrentUser user) {
		return visible(id, user).map(this::view);
	}

	/** The district's report of the year, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(int year, CurrentUser officer) {
		String district = SummaryScope.writingDistrict(officer);
		if (district == null) {
			return Optional.empty();
		}
		return reports.findByDistrictCodeAndYear(district, year).map(SummaryReport::getId);
	}

	/** The year's reports that reached the municipal bureau, for the bureau's downloads. */
	@Transactional(readOnly = true)
	public List<SummaryReportView> ofYear(int year, CurrentUser user) {
		if (!SummaryScope.of(user).isAll()) {
			return List.of();
		}
		return reports.findByYearAndSubmissionsGreaterThanOrderByDistrictCode(year, 0).stream().map(this::view).toList();
	}

	/** Starts the officer's district's report of the year with its first text; one report per district and year. */
	@Transactional
	public long create(int year, SummaryText text, CurrentUser officer) {
		String district = requireDistrict(officer);
		if (reports.findByDistrictCodeAndYear(district, year).isPresent()) {
			throw new StateConflictException("reporting.summary.exists", "Summary " + district + "/" + year);
		}
		SummaryReport report = new SummaryReport(district, year, officer.getUsername(), clock.instant());
		report.write(text, clock.instant());
		report = reports.saveAndFlush(report);
		audit.record("SUMMARY_REPORT_CREATED", AUDIT_TYPE, report.getId(), AuditOutcome.SUCCESS, district + "/" + year);
		return report.getId();
	}

	/** Saves the district's text of a draft or returned report. */
	@Transactional
	public void write(long id, long expectedVersion, SummaryText text, CurrentUser officer) {
		SummaryReport report = own(id, expectedVersion, officer);
		report.write(text, clock.instant());
		audit.record("SUMMARY_REPORT_SAVED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
	}

	/** Submits the report to the municipal bureau with the year's figures as they stand now. */
	@Transactional
	public void submit(long id, long expectedVersion, CurrentUser officer) {
		SummaryReport report = own(id, expectedVersion, officer);
		SummaryFigures figures = figureSource.of(report.getDistrictCode(), report.getYear());
		var submitted = report.submit(json.writeValueAsString(figures),
				referenceData.district(report.getDistrictCode(), Locale.SIMPLIFIED_CHINESE), officer.getUsername(),
				clock.instant());
		events.publishEvent(submitted);
		audit.record("SUMMARY_REPORT_SUBMITTED", AUDIT_TYPE, id, AuditOutcome.SUCCESS,
				"submission " + report.getSubmissions());
	}

	/** The municipal bureau returns the report for revision, with its reason. */
	@Transactional
	public void returnForRevision(long id, long expectedVersion, String reason, CurrentUser officer) {
		SummaryReport report = decidable(id, expectedVersion, officer);
		events.publishEvent(report.returnForRevision(reason, officer.getUsername(), clock.instant()));
		audit.record("SUMMARY_REPORT_RETURNED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
	}

	/** The municipal bureau accepts the report. */
	@Transactional
	public void accept(long id, long expectedVersion, String note, CurrentUser officer) {
		SummaryReport report = decidable(id, expectedVersion, officer);
		events.publishEvent(report.accept(note, officer.getUsername(), clock.instant()));
		audit.record("SUMMARY_REPORT_ACCEPTED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
	}

	private Optional<SummaryReport> visible(long id, CurrentUser user) {
		DataScope scope = SummaryScope.of(user);
		return switch (scope.kind()) {
			case ALL -> reports.findById(id).filter(r -> r.getSubmissions() > 0);
			case DISTRICT -> reports.findByIdAndDistrictCode(id, scope.districtCode());
			default -> Optional.empty();
		};
	}

	private SummaryReport own(long id, long expectedVersion, CurrentUser officer) {
		String district = requireDistrict(officer);
		SummaryReport report = reports.findByIdAndDistrictCode(id, district)
			.orElseThrow(() -> new NotFoundException("Summary " + id));
		checkVersion(report, expectedVersion);
		return report;
	}

	private SummaryReport decidable(long id, long expectedVersion, CurrentUser officer) {
		if (!SummaryScope.of(officer).isAll()) {
			throw new NotFoundException("Summary " + id);
		}
		SummaryReport report = visible(id, officer).orElseThrow(() -> new NotFoundException("Summary " + id));
		checkVersion(report, expectedVersion);
		return report;
	}

	private static String requireDistrict(CurrentUser officer) {
		String district = SummaryScope.writingDistrict(officer);
		if (district == null) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		return district;
	}

	private static void checkVersion(SummaryReport report, long expected) {
		if (report.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(SummaryReport.class, report.getId());
		}
	}

	private SummaryReportView view(SummaryReport report) {
		boolean live = report.getFigures() == null;
		SummaryFigures figures = live ? figureSource.of(report.getDistrictCode(), report.getYear())
				: json.readValue(report.getFigures(), SummaryFigures.class);
		return new SummaryReportView(report.getId(), report.getDistrictCode(), report.getYear(), report.getStatus(),
				report.text(), figures, live, report.getReturnReason(), report.getDecisionNote(),
				report.getSubmissions(), report.getSubmittedBy(), report.getSubmittedAt(), report.getDecidedBy(),
				report.getDecidedAt(), report.getVersion());
	}
}
