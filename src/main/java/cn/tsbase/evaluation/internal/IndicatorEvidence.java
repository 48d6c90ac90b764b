package cn.tsbase.evaluation.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Evidence files per indicator of a self-evaluation (佐证材料): the base attaches them while it may edit its
 * self-evaluation (checked and stored by the attachment module, owner {@code evaluation}, the indicator's code as the
 * slot); everyone who may see the evaluation (the unit, its district, the bureau) lists and downloads them, audited.
 * The evaluation is found in the caller's scope first, else 404.
 */
@Service
public class IndicatorEvidence {

	static final String OWNER = "evaluation";

	/** The most files a base attaches to one indicator. */
	public static final int MAX_PER_INDICATOR = 10;

	private final Evaluations evaluations;
	private final EvaluationRoundRepository rounds;
	private final IndicatorSystems systems;
	private final Attachments attachments;
	private final AuditLog audit;

	IndicatorEvidence(Evaluations evaluations, EvaluationRoundRepository rounds, IndicatorSystems systems,
			Attachments attachments, AuditLog audit) {
		this.evaluations = evaluations;
		this.rounds = rounds;
		this.systems = systems;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** The evaluation's evidence files by indicator code, oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<StoredAttachment>> of(long evaluationId, CurrentUser user) {
		evaluations.get(evaluationId, user.scope());
		Map<String, List<StoredAttachment>> result = new LinkedHashMap<>();
		for (StoredAttachment a : attachments.list(OWNER, evaluationId)) {
			result.computeIfAbsent(a.slot(), k -> new ArrayList<>()).add(a);
		}
		return result;
	}

	/** The base attaches a file to an indicator of its self-evaluation. */
	@Transactional
	public StoredAttachment add(long evaluationId, String indicatorCode, String fileName, InputStream content,
			CurrentUser user) {
		Evaluation e = evaluations.get(evaluationId, user.scope());
		rounds.findById(e.getRoundId()).orElseThrow().requireOpen();
		e.requireEvidenceAttachable(systems.content(systems.get(e.getSystemId())), indicatorCode);
		long already = attachments.list(OWNER, evaluationId)
			.stream()
			.filter(a -> a.slot().equals(indicatorCode))
			.count();
		if (already >= MAX_PER_INDICATOR) {
			throw new StateConflictException("evaluation.evidence.tooMany", "Too many files for " + indicatorCode);
		}
		StoredAttachment stored = attachments.store(OWNER, evaluationId, indicatorCode, fileName, content,
				user.getUsername());
		audit.record("EVALUATION_EVIDENCE_ADDED", "Evaluation", evaluationId, AuditOutcome.SUCCESS,
				indicatorCode + ": attachment " + stored.id());
		return stored;
	}

	/** An evidence file of the evaluation, if the evaluation lies inside the caller's scope; audited. */
	@Transactional
	public StoredAttachment file(long evaluationId, long attachmentId, CurrentUser user) {
		evaluations.get(evaluationId, user.scope());
		StoredAttachment attachment = attachments.find(attachmentId)
			.filter(a -> OWNER.equals(a.ownerType()) && a.ownerId() == evaluationId)
			.orElseThrow(() -> new NotFoundException("Evidence " + attachmentId));
		audit.record("EVALUATION_EVIDENCE_DOWNLOADED", "Evaluation", evaluationId, AuditOutcome.SUCCESS,
				"attachment " + attachmentId);
		return attachment;
	}
}
