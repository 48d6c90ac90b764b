package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The self-assessment questionnaire (保护能力自评问卷) the municipal bureau maintains in versions: the one in use is
 * frozen; a new version starts as its copy, is edited as a draft and replaces it when published.
 */
@Service
public class Questionnaires {

	static final String NEW_VERSION_TITLE = "商业秘密保护能力自评问卷（第 %d 版）";

	private final QuestionnaireRepository questionnaires;
	private final AuditLog audit;
	private final Clock clock;

	Questionnaires(QuestionnaireRepository questionnaires, AuditLog audit, Clock clock) {
		this.questionnaires = questionnaires;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<QuestionnaireView> list() {
		return questionnaires.findAllByOrderByVersionNoDesc().stream().map(Questionnaire::toView).toList();
	}

	@Transactional(readOnly = true)
	public QuestionnaireView find(long id) {
		return get(id).toView();
	}

	/** The version units answer now. */
	@Transactional(readOnly = true)
	public QuestionnaireView current() {
		return questionnaires.findFirstByStatus(QuestionnaireStatus.IN_USE)
			.orElseThrow(() -> new NotFoundException("No questionnaire in use"))
			.toView();
	}

	/** Starts a new draft version as a copy of the one in use (one draft at a time). */
	@Transactional
	public long newVersion(CurrentUser user) {
		if (questionnaires.findFirstByStatus(QuestionnaireStatus.DRAFT).isPresent()) {
			throw new StateConflictException("guidance.questionnaire.draftExists", "A draft exists");
		}
		Questionnaire source = questionnaires.findFirstByStatus(QuestionnaireStatus.IN_USE)
			.orElseThrow(() -> new NotFoundException("No questionnaire in use"));
		int versionNo = questionnaires.maxVersionNo() + 1;
		Questionnaire copy = questionnaires.save(source.copyAs(versionNo, NEW_VERSION_TITLE.formatted(versionNo),
				user.getUsername(), clock.instant()));
		audit.record("QUESTIONNAIRE_VERSION_CREATED", "Questionnaire", copy.getId(), AuditOutcome.SUCCESS,
				"version " + versionNo + " from " + source.getVersionNo());
		return copy.getId();
	}

	/** Adds a question to a draft. */
	@Transactional
	public void addQuestion(long id, long version, QuestionDraft draft, CurrentUser user) {
		validate(draft);
		Questionnaire questionnaire = get(id, version);
		questionnaire.addQuestion(draft);
		audit.record("QUESTIONNAIRE_EDITED", "Questionnaire", id, AuditOutcome.SUCCESS,
				"question added to element " + draft.element());
	}

	/** Removes a question of a draft. */
	@Transactional
	public void removeQuestion(long id, long version, long questionId, CurrentUser user) {
		get(id, version).removeQuestion(questionId);
		audit.record("QUESTIONNAIRE_EDITED", "Questionnaire", id, AuditOutcome.SUCCESS,
				"question " + questionId + " removed");
	}

	/** Rewrites a question of a draft in place. */
	@Transactional
	public void editQuestion(long id, long version, long questionId, QuestionDraft draft, CurrentUser user) {
		validate(draft);
		get(id, version).editQuestion(questionId, draft);
		audit.record("QUESTIONNAIRE_EDITED", "Questionnaire", id, AuditOutcome.SUCCESS,
				"question " + questionId + " changed");
	}

	/** Moves a question of a draft one place up or down within its element. */
	@Transactional
	public void moveQuestion(long id, long version, long questionId, boolean up, CurrentUser user) {
		get(id, version).moveQuestion(questionId, up);
		audit.record("QUESTIONNAIRE_EDITED", "Questionnaire", id, AuditOutcome.SUCCESS,
				"question " + questionId + " moved " + (up ? "up" : "down"));
	}

	/** Puts the draft in use; the version in use until now is retired (both stay frozen). */
	@Transactional
	public void publish(long id, long version, CurrentUser user) {
		Questionnaire draft = get(id, version);
		questionnaires.findFirstByStatus(QuestionnaireStatus.IN_USE).ifPresent(Questionnaire::retire);
		draft.publish(clock.instant());
		questionnaires.flush();
		audit.record("QUESTIONNAIRE_PUBLISHED", "Questionnaire", id, AuditOutcome.SUCCESS,
				"version " + draft.getVersionNo());
	}

	static void validate(QuestionDraft draft) {
		if (draft.element() < 1 || draft.element() > Questionnaire.ELEMENTS) {
			throw new InvalidRequestException("guidance.questionnaire.element.invalid");
		}
		if (blank(draft.text()) || draft.text().length() > 500 || blank(draft.suggestion())
				|| draft.suggestion().length() > 1000) {
			throw new InvalidRequestException("guidance.questionnaire.question.invalid");
		}
		if (draft.options().size() < 2 || draft.options().size() > 10) {
			throw new InvalidRequestException("guidance.questionnaire.options.count");
		}
		for (QuestionDraft.Option option : draft.options()) {
			if (blank(option.label()) || option.label().length() > 200 || option.points() < 0 || option.points() > 100
					|| (option.suggestion() != null && option.suggestion().length() > 1000)) {
				throw new InvalidRequestException("guidance.questionnaire.options.invalid");
			}
		}
		if (draft.options().stream().allMatch(o -> o.points() == 0)) {
			throw new InvalidRequestException("guidance.questionnaire.options.noPoints");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private Questionnaire get(long id) {
		return questionnaires.findById(id).orElseThrow(() -> new NotFoundException("Questionnaire " + id));
	}

	/** The questionnaire as the form saw it (else 409); its version is raised by the change. */
	private Questionnaire get(long id, long version) {
		Questionnaire questionnaire = questionnaires.findForChangeById(id)
			.orElseThrow(() -> new NotFoundException("Questionnaire " + id));
		if (questionnaire.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Questionnaire.class, id);
		}
		return questionnaire;
	}
}
