package cn.tsbase.publicnotice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.publicnotice.PublicationView;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;

/**
 * The publication of the final list (发文公布): once the notice period is over and every objection decided, the units
 * without an upheld objection are published as {@link ListPublished} and become demonstration bases.
 */
@Service
public class Publications {

	private final NoticeRepository notices;
	private final ObjectionRepository objections;
	private final PublicationRepository publications;
	private final AuditLog audit;
	private final Clock clock;
	private final PublicPageCache publicPages;

	Publications(NoticeRepository notices, ObjectionRepository objections, PublicationRepository publications,
			AuditLog audit, Clock clock, PublicPageCache publicPages) {
		this.notices = notices;
		this.objections = objections;
		this.publications = publications;
		this.audit = audit;
		this.clock = clock;
		this.publicPages = publicPages;
	}

	@Transactional(readOnly = true)
	public Optional<PublicationView> publication(long noticeId) {
		return publications.findByNoticeId(noticeId).map(Publication::view);
	}

	/** A page of the publications, latest document date first. */
	@Transactional(readOnly = true)
	public Page<PublicationView> publications(Pageable pageable) {
		return publications.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "documentDate").and(Sort.by(Sort.Direction.DESC, "id"))))
			.map(Publication::view);
	}

	@Transactional(readOnly = true)
	public PublicationView publicationById(long id) {
		return publications.findById(id)
			.map(Publication::view)
			.orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	/**
	 * Publishes the final list once the period is over and every objection decided; the units without an upheld
	 * objection become demonstration bases.
	 */
	@Transactional
	public PublicationView publish(long noticeId, String documentNumber, LocalDate documentDate, String officer) {
		Notice notice = notices.findById(noticeId).orElseThrow(() -> new NotFoundException("Notice " + noticeId));
		if (!notice.isOver(NoticeService.today(clock))) {
			throw new StateConflictException("publication.periodNotOver", "The notice period is not over");
		}
		if (objections.countByNoticeIdAndStatusNot(noticeId, ObjectionStatus.DECIDED) > 0) {
			throw new StateConflictException("publication.objectionsOpen", "Objections are open");
		}
		if (publications.existsByDocumentNumber(documentNumber)) {
			throw new StateConflictException("publication.numberTaken", "Document number taken");
		}
		Publication publication;
		try {
			publication = notice.markPublished(() -> publications.saveAndFlush(new Publication(noticeId,
					documentNumber, documentDate, officer, clock.instant())));
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException("publication.numberTaken", "Document number taken");
		}
		long bases = notice.getEntries().stream().filter(e -> !e.isRemoved()).count();
		audit.record(officer, "LIST_PUBLISHED", "Notice", noticeId, AuditOutcome.SUCCESS,
				documentNumber + ", " + bases + " bases");
		notices.saveAndFlush(notice);
		publicPages.evictAllAfterCommit();
		return publication.view();
	}
}
