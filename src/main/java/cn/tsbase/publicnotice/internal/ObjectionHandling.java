package cn.tsbase.publicnotice.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;

/**
 * The officers' side of objections: the municipal bureau reads them, asks the unit's district to verify, records its
 * investigation and decides with a written reply; the district reads and answers what it was asked to verify. Every
 * step is audited; an upheld objection removes the unit from the notice's list.
 */
@Service
public class ObjectionHandling {

	private final NoticeRepository notices;
	private final ObjectionRepository objections;
	private final AuditLog audit;
	private final Attachments attachments;
	private final Clock clock;
	private final PublicPageCache publicPages;

	ObjectionHandling(NoticeRepository notices, ObjectionRepository objections, AuditLog audit, Attachments attachments, Clock clock, PublicPageCache publicPages) {
		this.notices = notices;
		this.objections = objections;
		this.audit = audit;
		this.attachments = attachments;
		this.clock = clock;
		this.publicPages = publicPages;
	}

	/** The notice's objections in the order filed, with their evidence (loaded in batches). */
	@Transactional(readOnly = true)
	public List<ObjectionView> objections(long noticeId) {
		return objections.findByNoticeIdOrderByFiledAt(noticeId).stream().map(Objection::view).toList();
	}

	/** A page of a notice's objections in the order filed; "not found" for a notice that does not exist. */
	@Transactional(readOnly = true)
	public Page<ObjectionView> objections(long noticeId, Pageable pageable) {
		if (!notices.existsById(noticeId)) {
			throw new NotFoundException("Notice " + noticeId);
		}
		return objections.findByNoticeId(noticeId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("filedAt").and(Sort.by("id")))).map(Objection::view);
	}

	/**
	 * The notice's objections in the order filed, read by keyset for exports: at most {@code limit} after the position,
	 * so objections moved or filed meanwhile never shift the rows still to come.
	 */
	@Transactional(readOnly = true)
	public Window<ObjectionView> objectionsAfter(long noticeId, ScrollPosition position, int limit) {
		return objections.findByNoticeId(noticeId, position, Sort.by("filedAt").and(Sort.by("id")), Limit.of(limit))
			.map(Objection::view);
	}

	/** One objection with its evidence; "not found" for an unknown id. */
	@Transactional(readOnly = true)
	public ObjectionView objection(long id) {
		return find(id).view();
	}

	private Objection find(long id) {
		Objection objection = objections.findById(id).orElseThrow(() -> new NotFoundException("Objection " + id));
		objection.getEvidence().size();
		return objection;
	}

	/** An objection a district was asked to verify, if it concerns that district (otherwise "not found"). */
	@Transactional(readOnly = true)
	public ObjectionView objectionForDistrict(long id, String district) {
		ObjectionView objection = objection(id);
		if (district == null || !district.equals(objection.targetDistrict())
				|| objection.verificationRequest() == null) {
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
			.filter(a -> NoticeService.OBJECTION.equals(a.ownerType()) && a.ownerId() == objectionId)
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
	public Page<ObjectionView> verifications(String district, boolean all, Pageable pageable) {
		if (district == null) {
			return Page.empty(pageable);
		}
		return objections.findVerifications(district, all, ObjectionStatus.VERIFYING, pageable).map(Objection::view);
	}

	/** A page of the objections the district is asked to verify; none for a caller without a district. */
	@Transactional(readOnly = true)
	public Page<ObjectionView> toVerify(String district, Pageable pageable) {
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("filedAt").and(Sort.by("id")));
		if (district == null) {
			return Page.empty(ordered);
		}
		return objections.findByTargetDistrictAndStatus(district, ObjectionStatus.VERIFYING, ordered)
			.map(Objection::view);
	}

	@Transactional
	public void askDistrictToVerify(long id, long expectedVersion, String request) {
		Objection objection = load(id, expectedVersion);
		objection.askDistrictToVerify(request);
		objections.save(objection);
	}

	@Transactional
	public void recordDistrictFindings(long id, long expectedVersion, String findings, String district) {
		objectionForDistrict(id, district);
		Objection objection = load(id, expectedVersion);
		objection.recordDistrictFindings(findings);
		objections.save(objection);
	}

	@Transactional
	public void recordInvestigation(long id, long expectedVersion, String investigation) {
		Objection objection = load(id, expectedVersion);
		objection.recordInvestigation(investigation);
		objections.save(objection);
	}

	/** Decides with a written reply; an upheld objection removes the unit from the notice's list. */
	@Transactional
	public void decide(long id, long expectedVersion, ObjectionDecision decision, String reply, String officer) {
		Objection objection = load(id, expectedVersion);
		Notice notice = notices.findById(objection.getNoticeId())
			.orElseThrow(() -> new NotFoundException("Notice " + objection.getNoticeId()));
		if (notice.getStatus() != NoticeView.Status.LIVE) {
			throw new StateConflictException("notice.notLive", "Notice is published");
		}
		objection.decide(decision, reply, officer, clock.instant());
		if (decision == ObjectionDecision.UPHELD) {
			notice.remove(objection.getTargetPosition());
			publicPages.evictAllAfterCommit();
		}
		objections.save(objection);
	}

	private Objection load(long id, long expectedVersion) {
		Objection objection = find(id);
		if (objection.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Objection.class, id);
		}
		return objection;
	}
}
