package cn.tsbase.evaluation.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.calendar.WorkingCalendar;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Rectification orders (整改), step by step: proposed (automatically on a published 不合格, or by the district after a
 * failed veto item), issued by the district with a deadline in working days on the official calendar, answered by the
 * base with a plan, progress and files, accepted or rejected by the district. Every lookup carries the caller's
 * scope (else "not found"), every change the form's version, every step an audit entry.
 */
@Service
public class Rectifications {

	/** Working days a base has to rectify unless the district says otherwise. */
	public static final int DEFAULT_WORKING_DAYS = 30;

	/** The most files a base attaches to one rectification. */
	public static final int MAX_FILES = 20;

	static final String OWNER = "rectification";

	static final List<RectificationStatus> OPEN = List.of(RectificationStatus.ISSUED, RectificationStatus.SUBMITTED,
			RectificationStatus.RETURNED);

	private final RectificationRepository rectifications;
	private final EvaluationRepository evaluations;
	private final IndicatorSystems systems;
	private final WorkingCalendar calendar;
	private final Attachments attachments;
	private final AuditLog audit;
	private final Clock clock;

	Rectifications(RectificationRepository rectifications, EvaluationRepository evaluations, IndicatorSystems systems,
			WorkingCalendar calendar, Attachments attachments, AuditLog audit,
			Clock clock) {
		this.rectifications = rectifications;
		this.evaluations = evaluations;
		this.systems = systems;
		this.calendar = calendar;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/** Filters of the list; all optional. {@code overdue}: only orders still open after their deadline. */
	public record Filter(RectificationStatus status, String district, Integer year, Boolean overdue) {
	}

	/** A rectification with the base's files. */
	public record Detail(RectificationView rectification, List<StoredAttachment> files) {
	}

	@Transactional(readOnly = true)
	public Page<RectificationView> list(Filter filter, CurrentUser user, Pageable pageable) {
		LocalDate today = today();
		Specification<Rectification> spec = Scopes.of(user.scope());
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		if (filter.year() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("evaluationYear"), filter.year()));
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			spec = spec.and((root, q, cb) -> cb.and(root.get("status").in(OPEN),
					cb.lessThan(root.get("deadline"), today)));
		}
		return rectifications.findAll(spec, pageable).map(r -> r.view(today));
	}

	@Transactional(readOnly = true)
	public Detail find(long id, CurrentUser user) {
		Rectification r = get(id, user.scope());
		return new Detail(r.view(today()), attachments.list(OWNER, id));
	}

	/** The district orders a rectification after a failed veto item (before or after publication); proposed. */
	@Transactional
	public long orderAfterVeto(long evaluationId, CurrentUser user) {
		Evaluation e = scopedEvaluation(evaluationId, user.scope());
		if (!e.isVetoFailed()) {
			throw new StateConflictException("rectification.noFailedVeto", "No failed veto item");
		}
		long id = propose(e, RectificationOrigin.VETO_ITEM_FAILED, null);
		audit.record("RECTIFICATION_PROPOSED", "Rectification", id, AuditOutcome.SUCCESS, "evaluation " + evaluationId);
		return id;
	}

	/** A 不合格 published for the evaluation: proposes an order unless the evaluation already has one. */
	@Transactional
	public void proposeForFailed(long evaluationId, int year, String by) {
		if (rectifications.existsByEvaluationId(evaluationId)) {
			return;
		}
		Evaluation e = evaluations.findById(evaluationId).orElseThrow();
		long id = propose(e, RectificationOrigin.EVALUATION_FAILED, year);
		audit.record(by, "RECTIFICATION_PROPOSED", "Rectification", id, AuditOutcome.SUCCESS,
				year + " 不合格, evaluation " + evaluationId);
	}

	private long propose(Evaluation e, RectificationOrigin origin, Integer year) {
		if (origin == RectificationOrigin.VETO_ITEM_FAILED && rectifications.existsByEvaluationId(e.getId())) {
			throw new StateConflictException("rectification.exists", "Evaluation " + e.getId() + " has an order");
		}
		String items = RectificationDrafts.items(e.getItems(), systems.content(systems.get(e.getSystemId())));
		Rectification r = rectifications.save(new Rectification(e.getBaseId(), e.getUnitId(), e.getUnitName(),
				e.getDistrictCode(), e.getId(), year, origin, items, clock.instant()));
		return r.getId();
	}

	/** The district issues the order: items, evidence, a deadline in working days counted from tomorrow. */
	@Transactional
	public LocalDate issue(long id, long version, String items, String evidence, int workingDays, CurrentUser user) {
		Rectification r = current(id, version, user);
		LocalDate deadline = r.issue(items, evidence, () -> calendar.lastDayOf(today().plusDays(1), workingDays),
				user.getUsername(), today());
		rectifications.saveAndFlush(r);
		return deadline;
	}

	@Transactional
	public void file(long id, long version, String plan, String progress, CurrentUser user) {
		Rectification r = current(id, version, user);
		r.file(plan, progress);
		audit.record("RECTIFICATION_PROGRESS_FILED", "Rectification", id, AuditOutcome.SUCCESS, null);
	}

	/** The base attaches a file (checked and stored by the attachment module) while it may still edit. */
	@Transactional
	public void addFile(long id, String fileName, InputStream content, CurrentUser user) {
		Rectification r = get(id, user.scope());
		if (!r.getStatus().isUnitEditable()) {
			throw new StateConflictException("rectification.notEditable", "Rectification " + id);
		}
		if (attachments.list(OWNER, id).size() >= MAX_FILES) {
			throw new StateConflictException("rectification.tooManyFiles", "Too many files");
		}
		StoredAttachment stored = attachments.store(OWNER, id, "progress", fileName, content, user.getUsername());
		audit.record("RECTIFICATION_FILE_ADDED", "Rectification", id, AuditOutcome.SUCCESS,
				"attachment " + stored.id());
	}

	/** A file of the rectification, if the rectification lies inside the caller's scope; the download is audited. */
	@Transactional
	public StoredAttachment fileOf(long id, long attachmentId, CurrentUser user) {
		get(id, user.scope());
		StoredAttachment attachment = attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("File " + attachmentId));
		audit.record("RECTIFICATION_FILE_DOWNLOADED", "Rectification", id, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return attachment;
	}

	@Transactional
	public void submit(long id, long version, CurrentUser user) {
		Rectification r = current(id, version, user);
		r.submit(clock.instant());
		rectifications.saveAndFlush(r);
	}

	@Transactional
	public void accept(long id, long version, String reason, CurrentUser user) {
		Rectification r = current(id, version, user);
		r.accept(reason, today());
		rectifications.saveAndFlush(r);
	}

	/** Returns the order to the base with the reasons, or ({@code finalRejection}) fails it for good. */
	@Transactional
	public void reject(long id, long version, String reason, boolean finalRejection, CurrentUser user) {
		Rectification r = current(id, version, user);
		r.reject(reason, finalRejection, today());
		rectifications.saveAndFlush(r);
	}

	/** Whether a rectification of the base failed for good or ran past its deadline (a ground for revocation). */
	@Transactional(readOnly = true)
	public boolean hasFailedRectification(long baseId, long exceptEvaluationId) {
		LocalDate today = today();
		return rectifications.findByBaseId(baseId)
			.stream()
			.filter(r -> r.getEvaluationId() == null || r.getEvaluationId() != exceptEvaluationId)
			.anyMatch(r -> r.hasFailed(today));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Evaluation scopedEvaluation(long evaluationId, DataScope scope) {
		return Scopes.find(scope, evaluationId, evaluations::findById,
				d -> evaluations.findByIdAndDistrictCode(evaluationId, d),
				u -> evaluations.findByIdAndUnitId(evaluationId, u))
			.orElseThrow(() -> new NotFoundException("Evaluation " + evaluationId));
	}

	private Rectification current(long id, long version, CurrentUser user) {
		Rectification r = get(id, user.scope());
		if (r.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Rectification.class, id);
		}
		return r;
	}

	Rectification get(long id, DataScope scope) {
		return Scopes.find(scope, id, rectifications::findById, d -> rectifications.findByIdAndDistrictCode(id, d),
				u -> rectifications.findByIdAndUnitId(id, u))
			.orElseThrow(() -> new NotFoundException("Rectification " + id));
	}
}
