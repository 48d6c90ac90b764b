package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.StateConflictException;

/**
 * A version of the self-assessment questionnaire (保护能力自评问卷) the municipal bureau maintains. A draft is edited;
 * publishing puts it in use and freezes it (the results answered against it stay explainable); a new version starts
 * as a copy of the one in use.
 */
@Entity
@Table(name = "assessment_questionnaire")
class Questionnaire {

	/** The twelve trade secret protection management elements. */
	static final int ELEMENTS = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuestionnaireStatus status;

	@Column(name = "platform_default", nullable = false, updatable = false)
	private boolean platformDefault;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AssessmentQuestion> questions = new ArrayList<>();

	@Version
	private Long version;

	protected Questionnaire() {
	}

	private Questionnaire(int versionNo, String title, String createdBy, Instant createdAt) {
		this.versionNo = versionNo;
		this.title = title;
		this.status = QuestionnaireStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A new draft version copying this one's questions, to be edited. */
	Questionnaire copyAs(int newVersionNo, String title, String by, Instant at) {
		Questionnaire copy = new Questionnaire(newVersionNo, title, by, at);
		for (AssessmentQuestion question : questions) {
			copy.add(question.toDraft());
		}
		return copy;
	}

	/** Adds a question at the end; only a draft can change. */
	void addQuestion(QuestionDraft draft) {
		requireDraft();
		add(draft);
	}

	private void add(QuestionDraft draft) {
		int next = questions.stream().mapToInt(AssessmentQuestion::getSortOrder).max().orElse(0) + 1;
		questions.add(new AssessmentQuestion(this, next, draft));
	}

	/** Removes a question of the draft. */
	void removeQuestion(long questionId) {
		requireDraft();
		if (!questions.removeIf(q -> q.getId() != null && q.getId() == questionId)) {
			throw new InvalidRequestException("guidance.questionnaire.question.unknown");
		}
	}

	/** Rewrites a question of the draft in place (element, text, suggestion, options), keeping its position. */
	void editQuestion(long questionId, QuestionDraft draft) {
		requireDraft();
		question(questionId).rewrite(draft);
	}

	/**
	 * Moves a question of the draft one place up or down among the questions of its element (as the page and the
	 * unit's form list them); at either end nothing changes.
	 */
	void moveQuestion(long questionId, boolean up) {
		requireDraft();
		AssessmentQuestion moved = question(questionId);
		List<AssessmentQuestion> ofElement = questions.stream()
			.filter(q -> q.getElement() == moved.getElement())
			.sorted(java.util.Comparator.comparingInt(AssessmentQuestion::getSortOrder))
			.toList();
		int target = ofElement.indexOf(moved) + (up ? -1 : 1);
		if (target < 0 || target >= ofElement.size()) {
			return;
		}
		AssessmentQuestion other = ofElement.get(target);
		int position = moved.getSortOrder();
		moved.placeAt(other.getSortOrder());
		other.placeAt(position);
	}

	private AssessmentQuestion question(long questionId) {
		return questions.stream()
			.filter(q -> q.getId() != null && q.getId() == questionId)
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("guidance.questionnaire.question.unknown"));
	}

	/** Puts the draft in use; it must ask at least one question of every element. */
	void publish(Instant at) {
		requireDraft();
		List<Integer> missing = IntStream.rangeClosed(1, ELEMENTS)
			.filter(e -> questions.stream().noneMatch(q -> q.toView().element() == e))
			.boxed()
			.toList();
		if (!missing.isEmpty()) {
			throw new InvalidRequestException("guidance.questionnaire.elementsMissing",
					missing.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse(""));
		}
		this.status = QuestionnaireStatus.IN_USE;
		this.publishedAt = at;
	}

	/** A newer version went in use. */
	void retire() {
		if (status != QuestionnaireStatus.IN_USE) {
			throw new StateConflictException("guidance.questionnaire.notInUse", "Questionnaire " + id + " not in use");
		}
		this.status = QuestionnaireStatus.RETIRED;
	}

	private void requireDraft() {
		if (status != QuestionnaireStatus.DRAFT) {
			throw new StateConflictException("guidance.questionnaire.frozen", "Questionnaire " + id + " is frozen");
		}
	}

	QuestionnaireView toView() {
		return new QuestionnaireView(id == null ? 0 : id, versionNo, title, status, platformDefault, createdBy,
				createdAt, publishedAt, questions.stream().map(AssessmentQuestion::toView).toList(),
				version == null ? 0 : version);
	}

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	int getVersionNo() {
		return versionNo;
	}

	QuestionnaireStatus getStatus() {
		return status;
	}
}
