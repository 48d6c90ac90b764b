package cn.tsbase.publicnotice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.ProposedListView;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;

/**
 * Proposed lists received from the selection and their notices (公示): opening, correcting and replacing one. Every
 * change is audited; the notice period is counted on the official working-day calendar and refuses to run into a year
 * nobody has entered. Objections are {@link ObjectionFiling} and {@link ObjectionHandling}; the final list is
 * {@link Publications}.
 */
@Service
public class NoticeService {

	/** The owner type of an objection's evidence in the attachment module. */
	public static final String OBJECTION = "objection";
	static final String EVIDENCE_SLOT = "EVIDENCE";

	private final ProposedListRepository lists;
	private final NoticeRepository notices;
	private final ObjectionRepository objections;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final PublicPageCache publicPages;

	NoticeService(ProposedListRepository lists, NoticeRepository notices, ObjectionRepository objections,
			WorkingCalendar calendar, AuditLog audit, Clock clock, PublicPageCache publicPages) {
		this.lists = lists;
		this.notices = notices;
		this.objections = objections;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
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
		return today(clock);
	}

	/** Today in Beijing: the day notice periods and receipts are counted in. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

	// ---------------------------------------------------------------- notices

	@Transactional(readOnly = true)
	public List<ProposedListView> listsWithoutNotice() {
		return lists.findWithoutNotice().stream().map(ProposedList::view).toList();
	}

	@Transactional(readOnly = true)
	public ProposedListView list(long listId) {
		return proposedList(listId).view();
	}

	private ProposedList proposedList(long listId) {
		return lists.findById(listId).orElseThrow(() -> new NotFoundException("List " + listId));
	}

	/** The last day of a notice period: for the form's preview. */
	public LocalDate lastDay(LocalDate firstDay, int workingDays) {
		return calendar.lastDayOf(firstDay, workingDays);
	}

	/** Publishes the notice of a proposed list: live at once, its list and dates fixed; announced. */
	@Transactional
	public NoticeView createNotice(long listId, String title, String bodyHtml, String instructions, LocalDate firstDay,
			int workingDays, String officer) {
		ProposedList list = proposedList(listId);
		if (firstDay.isBefore(today())) {
			throw new StateConflictException("notice.firstDayPast", "First day in the past");
		}
		LocalDate lastDay = calendar.lastDayOf(firstDay, workingDays);
		try {
			Notice notice = notices.saveAndFlush(new Notice(list, title, bodyHtml, instructions, firstDay, workingDays,
					lastDay, officer, clock.instant()));
			notices.saveAndFlush(notice.announce());
			publicPages.evictAllAfterCommit();
			return notice.view();
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException("notice.exists", "List " + listId + " already has a notice");
		}
	}

	@Transactional
	public void correctText(long noticeId, long expectedVersion, String title, String bodyHtml, String instructions) {
		Notice notice = load(noticeId);
		if (notice.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Notice.class, noticeId);
		}
		notices.save(notice.correctText(title, bodyHtml, instructions, clock.instant()));
		publicPages.evictAllAfterCommit();
	}

	/**
	 * Replaces a live notice whose dates or wording need more than a typo fix by a new notice of the same list: the
	 * old one is superseded (it takes no more objections and points to its replacement), the objections filed on it
	 * move to the replacement with their receipts, and the new period is counted from the new first day.
	 */
	@Transactional
	public NoticeView replaceNotice(long noticeId, long expectedVersion, String title, String bodyHtml,
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
		// recorded here, not from an event: the move above clears the persistence context, and the count is its own
		audit.record(officer, "NOTICE_REPLACED", "Notice", noticeId, AuditOutcome.SUCCESS, "by notice "
				+ replacement.getId() + ", " + firstDay + " .. " + lastDay + ", " + moved + " objections moved");
		publicPages.evictAllAfterCommit();
		return replacement.view();
	}

	/** The notice itself, or the corrected notice that replaced it (and so on): where its objections go now. */
	@Transactional(readOnly = true)
	public NoticeView current(long id) {
		Notice notice = load(id);
		while (notice.getSupersededById() != null) {
			notice = load(notice.getSupersededById());
		}
		return notice.view();
	}

	private Notice locked(long id) {
		Notice notice = notices.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice " + id));
		notice.getEntries().size();
		return notice;
	}

	private Notice load(long id) {
		Notice notice = notices.findById(id).orElseThrow(() -> new NotFoundException("Notice " + id));
		notice.getEntries().size();
		return notice;
	}

	/** One notice with its list: "not found" for an unknown id. */
	@Transactional(readOnly = true)
	public NoticeView notice(long id) {
		return load(id).view();
	}

	/** A live notice that a corrected one is to replace; 409 (with the reason) once superseded or published. */
	@Transactional(readOnly = true)
	public NoticeView liveNotice(long id) {
		Notice notice = load(id);
		notice.requireLive();
		return notice.view();
	}

	/** Every notice with its list (fetched with the notices), newest first day first. */
	@Transactional(readOnly = true)
	public List<NoticeView> notices() {
		return notices.findAllWithEntriesNewestFirst().stream().map(Notice::view).toList();
	}

	/**
	 * A page of the notices, newest first day first (the page's own sort is ignored), with their entries (loaded in
	 * one batch per page).
	 */
	@Transactional(readOnly = true)
	public Page<NoticeView> notices(Pageable pageable) {
		return notices.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "firstDay").and(Sort.by(Sort.Direction.DESC, "id"))))
			.map(Notice::view);
	}
}
