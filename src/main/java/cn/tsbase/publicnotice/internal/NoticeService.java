package cn.tsbase.publicnotice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.ObjectionFiled;
import cn.tsbase.publicnotice.ObjectionFindingsRecorded;
import cn.tsbase.publicnotice.ObjectionVerificationRequested;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;

/**
 * Notices, objections and the publication. Every change is audited; the notice period is counted on the official
 * working-day calendar and refuses to run into a year nobody has entered.
 */
@Service
public class NoticeService {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	/** The owner type of an objection's evidence in the attachment module. */
	public static final String OBJECTION = "objection";
	static final String EVIDENCE_SLOT = "EVIDENCE";

	private final ProposedListRepository lists;
	private final NoticeRepository notices;
	private final ObjectionRepository objections;
	private final PublicationRepository publications;
	private final WorkingCalendar calendar;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Attachments attachments;
	private final Clock clock;
	private final int maxEvidenceFiles;
	private final PublicPageCache publicPages;

	NoticeService(ProposedListRepository lists, NoticeRepository notices, ObjectionRepository objections,
			PublicationRepository publications, WorkingCalendar calendar, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit, Attachments attachments, Clock clock,
			@Value("${tsbase.objections.max-evidence-files:5}") int maxEvidenceFiles, PublicPageCache publicPages) {
		this.lists = lists;
		this.notices = notices;
		this.objections = objections;
		this.publications = publications;
		this.calendar = calendar;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.attachments = attachments;
		this.clock = clock;
		this.maxEvidenceFiles = maxEvidenceFiles;
		this.publicPages = publicPages;
	}

	/** The selection decided a proposed list: keep it for its notice. */
	@ApplicationModuleListener
	void on(ProposedListDecided decided) {
		receive(decided);
	}

	@Transactional
	public void receive(ProposedListDecided decided) {
		if (lists.existsById(decided.listId())) {
			return;
		}
		lists.save(new ProposedList(decided.listId(), decided.year(), decided.decidedBy(), clock.instant(),
				decided.entries()
					.stream()
					.map(e -> new ListedUnit(e.declarationId(), e.unitId(), e.unitName(), e.uscc(), e.baseType(),
							e.districtCode(), e.industryCode()))
					.toList()));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

	// ---------------------------------------------------------------- notices

	@Transactional(readOnly = true)
	public List<ProposedList> listsWithoutNotice() {
		List<ProposedList> waiting = lists.findWithoutNotice();
		waiting.forEach(l -> l.getUnits().size());
		return waiting;
	}

	@Transactional(readOnly = true)
	public ProposedList list(long listId) {
		ProposedList list = lists.findById(listId).orElseThrow(() -> new NotFoundException("List " + listId));
		list.getUnits().size();
		return list;
	}

	/** The last day of a notice period: for the form's preview. */
	public LocalDate lastDay(LocalDate firstDay, int workingDays) {
		return calendar.lastDayOf(firstDay, workingDays);
	}

	@Transactional
	public Notice createNotice(long listId, String title, String bodyHtml, String instructions, LocalDate firstDay,
			int workingDays, String officer) {
		ProposedList list = list(listId);
		if (firstDay.isBefore(today())) {
			throw new StateConflictException("notice.firstDayPast", "First day in the past");
		}
		LocalDate lastDay = calendar.lastDayOf(firstDay, workingDays);
		try {
			Notice notice = notices.saveAndFlush(new Notice(list, title, bodyHtml, instructions, firstDay, workingDays,
					lastDay, officer, clock.instant()));
			audit.record(officer, "NOTICE_PUBLISHED", "Notice", notice.getId(), AuditOutcome.SUCCESS,
					firstDay + " .. " + lastDay + ", " + list.getUnits().size() + " units");
			events.publishEvent(NoticeEvents.opened(notice));
			publicPages.evictAllAfterCommit();
			return notice;
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException("notice.exists", "List " + listId + " already has a notice");
		}
	}

	@Transactional
	public void correctText(long noticeId, long expectedVersion, String title, String bodyHtml, String instructions,
			String officer) {
		Notice notice = notice(noticeId);
		if (notice.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Notice.class, noticeId);
		}
		notice.correctText(title, bodyHtml, instructions, clock.instant());
		notices.flush();
		audit.record(officer, "NOTICE_TEXT_CORRECTED", "Notice", noticeId, AuditOutcome.SUCCESS, null);
		publicPages.evictAllAfterCommit();
	}

	/**
	 * Replaces a live notice whose dates or wording need more than a typo fix by a new notice of the same list: the
	 * old one is superseded (it takes no more objections and points to its replacement), the objections filed on it
	 * move to the replacement with their receipts, and the new period is counted from the new first day.
	 */
	@Transactional
	public Notice replaceNotice(long noticeId, long expectedVersion, String title, String bodyHtml,
			String instructions, LocalDate firstDay, int workingDays, String officer) {
		Notice replaced = locked(noticeId);
		if (replaced.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Notice.class, noticeId);
		}
		if (firstDay.isBefore(today())) {
			throw new StateConflictException("notice.firstDayPast", "First day in the past");
		}
		LocalDate lastDay = calendar.lastDayOf(firstDay, workingDays);
		replaced.supersede(clock.instant());
		notices.flush();
		Notice replacement = notices.saveAndFlush(new Notice(replaced, title, bodyHtml, instructions, firstDay,
				workingDays, lastDay, officer, clock.instant()));
		replaced.supersededBy(replacement.getId());
		notices.flush();
		int moved = objections.moveToNotice(noticeId, replacement.getId());
		audit.record(officer, "NOTICE_REPLACED", "Notice", noticeId, AuditOutcome.SUCCESS, "by notice "
				+ replacement.getId() + ", " + firstDay + " .. " + lastDay + ", " + moved + " objections moved");
		publicPages.evictAllAfterCommit();
		return replacement;
	}

	/** The notice itself, or the corrected notice that replaced it (and so on): where its objections go now. */
	@Transactional(readOnly = true)
	public Notice current(long id) {
		Notice notice = notice(id);
		while (notice.getSupersededById() != null) {
			notice = notice(notice.getSupersededById());
		}
		return notice;
	}

	private Notice locked(long id) {
		Notice notice = notices.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice " + id));
		notice.getEntries().size();
		return notice;
	}

	@Transactional(readOnly = true)
	public Notice notice(long id) {
		Notice notice = notices.findById(id).orElseThrow(() -> new NotFoundException("Notice " + id));
		notice.getEntries().size();
		return notice;
	}

	@Transactional(readOnly = true)
	public List<Notice> notices() {
		return notices.findAllNewestFirst();
	}

	/** Every notice with its entries loaded: for a page that shows how many units each lists. */
	@Transactional(readOnly = true)
	public List<Notice> noticesWithEntries() {
		return notices.findAllWithEntriesNewestFirst();
	}

	/** A page of the notices, newest first day first (the page's own sort is ignored). */
	@Transactional(readOnly = true)
	public Page<Notice> notices(Pageable pageable) {
		return notices.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "firstDay").and(Sort.by(Sort.Direction.DESC, "id"))));
	}

	// ---------------------------------------------------------------- objections (the public's side)

	/** What the objector keeps: the receipt number and the secret code (shown once, stored only as a hash). */
	public record Receipt(long objectionId, String receiptNo, String secretCode) {
	}

	/** A file the objector attaches as evidence: its name on their computer and its content (read once). */
	public record EvidenceUpload(String fileName, InputStreamSource content) {
	}

	/** How many evidence files one objection may carry. */
	public int maxEvidenceFiles() {
		return maxEvidenceFiles;
	}

	@Transactional
	public Receipt fileObjection(long noticeId, Objection.Objector objector, int targetPosition, String grounds) {
		return fileObjection(noticeId, objector, targetPosition, grounds, List.of());
	}

	/**
	 * Files an objection with its evidence, all or nothing: each file goes through the attachment module's checks
	 * and is stored encrypted, owned by the objection; when one is refused (or anything else fails) the transaction
	 * rolls back, which removes the objection, the attachment rows and (after completion) the encrypted files.
	 *
	 * @throws EvidenceRejectedException when a file is refused (type, size, content against extension)
	 * @throws StateConflictException outside the notice period, or with more than {@link #maxEvidenceFiles()} files
	 */
	@Transactional
	public Receipt fileObjection(long noticeId, Objection.Objector objector, int targetPosition, String grounds,
			List<EvidenceUpload> evidence) {
		// an objection to a notice replaced meanwhile goes to its replacement (the same list, the same positions)
		Notice notice = locked(noticeId);
		while (notice.getSupersededById() != null) {
			notice = locked(notice.getSupersededById());
		}
		if (!notice.isOpenForObjections(today())) {
			throw new StateConflictException("objection.outsidePeriod", "Notice " + noticeId + " takes no objection");
		}
		if (evidence.size() > maxEvidenceFiles) {
			throw new StateConflictException("objection.evidence.tooMany", evidence.size() + " evidence files");
		}
		if (targetPosition < 0 || targetPosition >= notice.getEntries().size()
				|| notice.getEntries().get(targetPosition).isRemoved()) {
			throw new NotFoundException("Entry " + targetPosition);
		}
		ListedUnit target = notice.getEntries().get(targetPosition).getUnit();
		String receiptNo;
		do {
			receiptNo = RECEIPT_DATE.format(today()) + random(6);
		}
		while (objections.existsByReceiptNo(receiptNo));
		String secret = random(8);
		Objection objection = objections.saveAndFlush(new Objection(notice.getId(), receiptNo, encoder.encode(secret),
				objector, targetPosition, target.getUnitName(), target.getDistrictCode(), grounds, clock.instant()));
		String filer = "public:" + receiptNo;
		for (EvidenceUpload upload : evidence) {
			StoredAttachment stored;
			try (InputStream in = upload.content().getInputStream()) {
				// joins this transaction: a later failure rolls the row back and deletes the encrypted file
				stored = attachments.store(OBJECTION, objection.getId(), EVIDENCE_SLOT, upload.fileName(), in, filer);
			}
			catch (AttachmentRejectedException rejected) {
				throw new EvidenceRejectedException(upload.fileName(), rejected);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Evidence could not be read", e);
			}
			objection.fileEvidence(stored.id(), stored.originalName(), stored.size());
		}
		objections.flush();
		audit.record(filer, "OBJECTION_FILED", "Objection", objection.getId(), AuditOutcome.SUCCESS,
				"notice " + notice.getId() + ", position " + (targetPosition + 1) + ", " + evidence.size()
						+ " evidence files");
		events.publishEvent(new ObjectionFiled(objection.getId(), notice.getId(), receiptNo, target.getUnitName(),
				target.getDeclarationId(), target.getUnitId()));
		return new Receipt(objection.getId(), receiptNo, secret);
	}

	private static String random(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return out.toString();
	}

	/** The objection of the receipt, if the secret code matches; the same answer for a wrong number or code. */
	@Transactional(readOnly = true)
	public Optional<Objection> lookUp(String receiptNo, String secretCode) {
		if (receiptNo == null || secretCode == null) {
			return Optional.empty();
		}
		Optional<Objection> found = objections.findByReceiptNo(receiptNo.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(o -> encoder.matches(secretCode.strip().toUpperCase(java.util.Locale.ROOT), o.getSecretHash()));
		found.ifPresent(o -> o.getEvidence().size());
		return found;
	}

	// ---------------------------------------------------------------- objections (the officers' side)

	@Transactional(readOnly = true)
	public List<Objection> objections(long noticeId) {
		return objections.findByNoticeIdOrderByFiledAt(noticeId);
	}

	/** A page of a notice's objections in the order filed; "not found" for a notice that does not exist. */
	@Transactional(readOnly = true)
	public Page<Objection> objections(long noticeId, Pageable pageable) {
		if (!notices.existsById(noticeId)) {
			throw new NotFoundException("Notice " + noticeId);
		}
		return objections.findByNoticeId(noticeId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("filedAt").and(Sort.by("id"))));
	}

	@Transactional(readOnly = true)
	public Objection objection(long id) {
		Objection objection = objections.findById(id).orElseThrow(() -> new NotFoundException("Objection " + id));
		objection.getEvidence().size();
		return objection;
	}

	/** An objection a district was asked to verify, if it concerns that district (otherwise "not found"). */
	@Transactional(readOnly = true)
	public Objection objectionForDistrict(long id, String district) {
		Objection objection = objection(id);
		if (district == null || !district.equals(objection.getTargetDistrict())
				|| objection.getVerificationRequest() == null) {
			throw new NotFoundException("Objection " + id);
		}
		return objection;
	}

	/**
	 * An evidence file of an objection on the notice, for the municipal bureau that handles it; the download is
	 * audited with a download id. Any other combination of ids is "not found".
	 */
	public StoredAttachment evidenceForMunicipalBureau(long noticeId, long objectionId, long attachmentId) {
		return downloadable(objectionId, attachmentId,
				objections.findEvidenceOfNotice(noticeId, objectionId, attachmentId));
	}

	/**
	 * An evidence file of an objection that the district was asked to verify, for that district's officers only; the
	 * download is audited with a download id. Any other combination (another district, no request) is "not found".
	 */
	public StoredAttachment evidenceForDistrict(long objectionId, long attachmentId, String district) {
		return downloadable(objectionId, attachmentId, district == null ? Optional.empty()
				: objections.findEvidenceForDistrict(objectionId, attachmentId, district));
	}

	private StoredAttachment downloadable(long objectionId, long attachmentId, Optional<String> receiptNo) {
		StoredAttachment attachment = receiptNo
			.flatMap(r -> attachments.find(attachmentId))
			.filter(a -> OBJECTION.equals(a.ownerType()) && a.ownerId() == objectionId)
			.orElseThrow(() -> new NotFoundException("Evidence " + attachmentId + " of objection " + objectionId));
		String downloadId = UUID.randomUUID().toString();
		audit.record("ATTACHMENT_DOWNLOADED", "Attachment", attachment.id(), AuditOutcome.SUCCESS,
				"objection " + objectionId + " (another party's file), download " + downloadId);
		return attachment;
	}

	/**
	 * A page of the objections the district was asked to verify: those awaiting its findings, or all of them; none
	 * for a caller without a district.
	 */
	@Transactional(readOnly = true)
	public Page<Objection> verifications(String district, boolean all, Pageable pageable) {
		if (district == null) {
			return Page.empty(pageable);
		}
		return objections.findVerifications(district, all, Objection.Status.VERIFYING, pageable);
	}

	/** A page of the objections the district is asked to verify; none for a caller without a district. */
	@Transactional(readOnly = true)
	public Page<Objection> toVerify(String district, Pageable pageable) {
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("filedAt").and(Sort.by("id")));
		if (district == null) {
			return Page.empty(ordered);
		}
		return objections.findByTargetDistrictAndStatus(district, Objection.Status.VERIFYING, ordered);
	}

	@Transactional
	public void askDistrictToVerify(long id, long expectedVersion, String request, String officer) {
		Objection objection = load(id, expectedVersion);
		objection.askDistrictToVerify(request);
		objections.flush();
		audit.record(officer, "OBJECTION_VERIFICATION_REQUESTED", "Objection", id, AuditOutcome.SUCCESS,
				objection.getTargetDistrict());
		events.publishEvent(new ObjectionVerificationRequested(id, objection.getNoticeId(), objection.getReceiptNo(),
				objection.getTargetDistrict(), objection.getTargetUnitName()));
	}

	@Transactional
	public void recordDistrictFindings(long id, long expectedVersion, String findings, String district,
			String officer) {
		objectionForDistrict(id, district);
		Objection objection = load(id, expectedVersion);
		objection.recordDistrictFindings(findings);
		objections.flush();
		audit.record(officer, "OBJECTION_DISTRICT_FINDINGS", "Objection", id, AuditOutcome.SUCCESS, null);
		events.publishEvent(new ObjectionFindingsRecorded(id, objection.getNoticeId(), objection.getReceiptNo(),
				objection.getTargetDistrict(), objection.getTargetUnitName()));
	}

	@Transactional
	public void recordInvestigation(long id, long expectedVersion, String investigation, String officer) {
		Objection objection = load(id, expectedVersion);
		objection.recordInvestigation(investigation);
		objections.flush();
		audit.record(officer, "OBJECTION_INVESTIGATED", "Objection", id, AuditOutcome.SUCCESS, null);
	}

	/** Decides with a written reply; an upheld objection removes the unit from the notice's list. */
	@Transactional
	public void decide(long id, long expectedVersion, Objection.Decision decision, String reply, String officer) {
		Objection objection = load(id, expectedVersion);
		Notice notice = notice(objection.getNoticeId());
		if (notice.getStatus() != Notice.Status.LIVE) {
			throw new StateConflictException("notice.notLive", "Notice is published");
		}
		objection.decide(decision, reply, officer, clock.instant());
		if (decision == Objection.Decision.UPHELD) {
			notice.remove(objection.getTargetPosition());
			publicPages.evictAllAfterCommit();
		}
		objections.flush();
		audit.record(officer, "OBJECTION_" + decision.name(), "Objection", id, AuditOutcome.SUCCESS, null);
	}

	private Objection load(long id, long expectedVersion) {
		Objection objection = objection(id);
		if (objection.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Objection.class, id);
		}
		return objection;
	}

	// ---------------------------------------------------------------- publication

	@Transactional(readOnly = true)
	public Optional<Publication> publication(long noticeId) {
		return publications.findByNoticeId(noticeId);
	}

	/** A page of the publications, latest document date first. */
	@Transactional(readOnly = true)
	public Page<Publication> publications(Pageable pageable) {
		return publications.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "documentDate").and(Sort.by(Sort.Direction.DESC, "id"))));
	}

	@Transactional(readOnly = true)
	public Publication publicationById(long id) {
		return publications.findById(id).orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	/**
	 * Publishes the final list once the period is over and every objection decided; the units without an upheld
	 * objection become demonstration bases.
	 */
	@Transactional
	public Publication publish(long noticeId, String documentNumber, LocalDate documentDate, String officer) {
		Notice notice = notice(noticeId);
		if (!notice.isOver(today())) {
			throw new StateConflictException("publication.periodNotOver", "The notice period is not over");
		}
		if (objections.countByNoticeIdAndStatusNot(noticeId, Objection.Status.DECIDED) > 0) {
			throw new StateConflictException("publication.objectionsOpen", "Objections are open");
		}
		if (publications.existsByDocumentNumber(documentNumber)) {
			throw new StateConflictException("publication.numberTaken", "Document number taken");
		}
		notice.markPublished();
		Publication publication;
		try {
			publication = publications.saveAndFlush(new Publication(noticeId, documentNumber, documentDate, officer,
					clock.instant()));
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException("publication.numberTaken", "Document number taken");
		}
		List<ListPublished.Entry> entries = notice.getEntries()
			.stream()
			.filter(e -> !e.isRemoved())
			.map(Notice.Entry::getUnit)
			.map(u -> new ListPublished.Entry(u.getDeclarationId(), u.getUnitId(), u.getUnitName(), u.getUscc(),
					u.getBaseType(), u.getDistrictCode(), u.getIndustryCode()))
			.toList();
		audit.record(officer, "LIST_PUBLISHED", "Notice", noticeId, AuditOutcome.SUCCESS,
				documentNumber + ", " + entries.size() + " bases");
		events.publishEvent(new ListPublished(publication.getId(), noticeId, notice.getYear(), documentNumber,
				documentDate, entries));
		publicPages.evictAllAfterCommit();
		return publication;
	}
}
