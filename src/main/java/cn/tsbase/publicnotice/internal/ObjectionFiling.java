package cn.tsbase.publicnotice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.publicnotice.ObjectionFiled;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * The public's side of objections: filing one with its evidence during the notice period, and looking it up again
 * with the receipt number and secret code. Filing is audited and published as {@link ObjectionFiled}.
 */
@Service
public class ObjectionFiling {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private final NoticeRepository notices;
	private final ObjectionRepository objections;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Attachments attachments;
	private final Clock clock;
	private final int maxEvidenceFiles;

	ObjectionFiling(NoticeRepository notices, ObjectionRepository objections, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit, Attachments attachments, Clock clock,
			@Value("${tsbase.objections.max-evidence-files:5}") int maxEvidenceFiles) {
		this.notices = notices;
		this.objections = objections;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.attachments = attachments;
		this.clock = clock;
		this.maxEvidenceFiles = maxEvidenceFiles;
	}

	/** What the objector keeps: the receipt number and the secret code (shown once, stored only as a hash). */
	public record Receipt(long objectionId, String receiptNo, String secretCode, java.time.Instant filedAt) {
	}

	/** A file the objector attaches as evidence: its name on their computer and its content (read once). */
	public record EvidenceUpload(String fileName, InputStreamSource content) {
	}

	/** How many evidence files one objection may carry. */
	public int maxEvidenceFiles() {
		return maxEvidenceFiles;
	}

	@Transactional
	public Receipt fileObjection(long noticeId, Objector objector, int targetPosition, String grounds) {
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
	public Receipt fileObjection(long noticeId, Objector objector, int targetPosition, String grounds,
			List<EvidenceUpload> evidence) {
		// an objection to a notice replaced meanwhile goes to its replacement (the same list, the same positions)
		Notice notice = locked(noticeId);
		while (notice.getSupersededById() != null) {
			notice = locked(notice.getSupersededById());
		}
		if (!notice.isOpenForObjections(NoticeService.today(clock))) {
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
			receiptNo = RECEIPT_DATE.format(NoticeService.today(clock)) + random(6);
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
				stored = attachments.store(NoticeService.OBJECTION, objection.getId(), NoticeService.EVIDENCE_SLOT, upload.fileName(), in, filer);
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
		return new Receipt(objection.getId(), receiptNo, secret, objection.getFiledAt());
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
	public Optional<ObjectionView> lookUp(String receiptNo, String secretCode) {
		if (receiptNo == null || secretCode == null) {
			return Optional.empty();
		}
		Optional<Objection> found = objections.findByReceiptNo(receiptNo.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(o -> encoder.matches(secretCode.strip().toUpperCase(java.util.Locale.ROOT), o.getSecretHash()));
		return found.map(Objection::view);
	}

	private Notice locked(long id) {
		Notice notice = notices.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice " + id));
		notice.getEntries().size();
		return notice;
	}
}
