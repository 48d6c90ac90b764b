package cn.tsbase.evaluation.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Half-yearly progress reports of a district in the national pilot (June and December): the district files one per
 * half-year once the half-year has begun (one each; 409 for a second or when the district is not in the pilot),
 * revises a returned one; the municipal bureau accepts or returns it with a reason. Attachments are checked and kept
 * by the attachment module (owner {@code pilot-progress}). Scoped through the pilot, versioned, audited.
 */
@Service
public class PilotProgressReports {

	static final String OWNER = "pilot-progress";

	/** The most attachments a report holds. */
	public static final int MAX_ATTACHMENTS = 10;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** One attachment of a report, as the page lists it. */
	public record File(long id, String name, long size) {
	}

	private final PilotProgressReportRepository reports;
	private final DistrictPilots pilots;
	private final Attachments attachments;
	private final AuditLog audit;
	private final Clock clock;

	PilotProgressReports(PilotProgressReportRepository reports, DistrictPilots pilots, Attachments attachments,
			AuditLog audit, Clock clock) {
		this.reports = reports;
		this.pilots = pilots;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The pilot's reports, newest half-year first. */
	@Transactional(readOnly = true)
	public List<PilotProgressView> ofPilot(long pilotId, CurrentUser user) {
		pilots.get(pilotId, user.scope());
		return reports.findByPilotIdOrderByYearDescHalfDesc(pilotId).stream().map(PilotProgressReport::view).toList();
	}

	/** The district files its report of a half-year (1 or 2) that has begun; returns the report's id. */
	@Transactional
	public long file(long pilotId, int year, int half, String content, PilotProgressFigures figures,
			CurrentUser user) {
		DistrictPilot pilot = pilots.get(pilotId, user.scope());
		pilot.requireInPilot();
		LocalDate today = LocalDate.now(clock.withZone(BEIJING));
		if (half < 1 || half > 2) {
			throw new InvalidFieldException("half", "pilot.progress.periodNotBegun");
		}
		if (year < pilot.getYear() || year > today.getYear()) {
			throw new InvalidFieldException("year", "pilot.progress.periodNotBegun");
		}
		if (LocalDate.of(year, half == 1 ? 1 : 7, 1).isAfter(today)) {
			throw new InvalidFieldException("half", "pilot.progress.periodNotBegun");
		}
		String period = "Pilot " + pilotId + " " + year + "-" + half;
		if (reports.existsByPilotIdAndYearAndHalf(pilotId, year, half)) {
			throw new StateConflictException("pilot.progress.exists", period);
		}
		PilotProgressReport report = UniqueInserts.once(() -> reports.saveAndFlush(new PilotProgressReport(pilotId,
				pilot.getDistrictCode(), year, half, content, figures, user.getUsername(), clock.instant())),
				"pilot.progress.exists", period);
		reports.saveAndFlush(report.submitted());
		audit.record("PILOT_PROGRESS_SUBMITTED", "PilotProgressReport", report.getId(), AuditOutcome.SUCCESS,
				pilot.getDistrictCode() + " " + year + "-" + half);
		return report.getId();
	}

	@Transactional
	public void revise(long id, long version, String content, PilotProgressFigures figures, CurrentUser user) {
		PilotProgressReport report = current(id, version, user);
		reports.saveAndFlush(report.revise(content, figures, user.getUsername(), clock.instant()));
		audit.record("PILOT_PROGRESS_SUBMITTED", "PilotProgressReport", id, AuditOutcome.SUCCESS, "revised");
	}

	@Transactional
	public void accept(long id, long version, CurrentUser user) {
		PilotProgressReport report = current(id, version, user);
		reports.saveAndFlush(report.accept(user.getUsername(), clock.instant()));
	}

	@Transactional
	public void returnForRevision(long id, long version, String reason, CurrentUser user) {
		PilotProgressReport report = current(id, version, user);
		reports.saveAndFlush(report.returnForRevision(reason, user.getUsername(), clock.instant()));
	}

	/** The report's attachments, oldest first. */
	@Transactional(readOnly = true)
	public List<File> files(long id, CurrentUser user) {
		get(id, user);
		return attachments.list(OWNER, id).stream().map(a -> new File(a.id(), a.originalName(), a.size())).toList();
	}

	/** Adds an attachment while the report is not accepted (at most {@link #MAX_ATTACHMENTS}). */
	@Transactional
	public void addFile(long id, String fileName, InputStream content, CurrentUser user) {
		PilotProgressReport report = get(id, user);
		report.requireOpen();
		if (attachments.list(OWNER, id).size() >= MAX_ATTACHMENTS) {
			throw new StateConflictException("pilot.attachment.tooMany", "Too many attachments on report " + id);
		}
		StoredAttachment stored = attachments.store(OWNER, id, "attachment", fileName, content, user.getUsername());
		audit.record("PILOT_PROGRESS_FILE_ADDED", "PilotProgressReport", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** An attachment of a report in the caller's scope; the download is audited. */
	@Transactional
	public StoredAttachment file(long id, long attachmentId, CurrentUser user) {
		get(id, user);
		StoredAttachment attachment = attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Progress report file " + attachmentId));
		audit.record("PILOT_PROGRESS_FILE_DOWNLOADED", "PilotProgressReport", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return attachment;
	}

	/** The pilot a report belongs to, for the way back to its page. */
	@Transactional(readOnly = true)
	public long pilotOf(long id, CurrentUser user) {
		return get(id, user).getPilotId();
	}

	private PilotProgressReport current(long id, long version, CurrentUser user) {
		PilotProgressReport report = get(id, user);
		if (report.view().version() != version) {
			throw new ObjectOptimisticLockingFailureException(PilotProgressReport.class, id);
		}
		return report;
	}

	private PilotProgressReport get(long id, CurrentUser user) {
		Optional<PilotProgressReport> found = switch (user.scope().kind()) {
			case ALL -> reports.findById(id);
			case DISTRICT -> reports.findByIdAndDistrictCode(id, user.scope().districtCode());
			case UNIT, NONE -> Optional.empty();
		};
		return found.orElseThrow(() -> new NotFoundException("Progress report " + id));
	}
}

interface PilotProgressReportRepository extends JpaRepository<PilotProgressReport, Long> {

	Optional<PilotProgressReport> findByIdAndDistrictCode(Long id, String districtCode);

	List<PilotProgressReport> findByPilotIdOrderByYearDescHalfDesc(long pilotId);

	boolean existsByPilotIdAndYearAndHalf(long pilotId, int year, int half);
}
