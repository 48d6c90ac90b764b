package cn.tsbase.guidance.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A question of a self-assessment questionnaire: the management element it belongs to, its options and points. */
@Entity
@Table(name = "assessment_question")
class AssessmentQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
	private Questionnaire questionnaire;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "element_no", nullable = false)
	private int element;

	@Column(name = "question_text", nullable = false)
	private String text;

	@Column(nullable = false)
	private String suggestion;

	@OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AssessmentOption> options = new ArrayList<>();

	protected AssessmentQuestion() {
	}

	AssessmentQuestion(Questionnaire questionnaire, int sortOrder, QuestionDraft draft) {
		this.questionnaire = questionnaire;
		this.sortOrder = sortOrder;
		this.element = draft.element();
		this.text = draft.text();
		this.suggestion = draft.suggestion();
		int position = 1;
		for (QuestionDraft.Option option : draft.options()) {
			options.add(new AssessmentOption(this, position++, option.label(), option.points(), option.suggestion()));
		}
	}

	/** Replaces what the question asks and its options; its place stays. */
	void rewrite(QuestionDraft draft) {
		this.element = draft.element();
		this.text = draft.text();
		this.suggestion = draft.suggestion();
		options.clear();
		int position = 1;
		for (QuestionDraft.Option option : draft.options()) {
			options.add(new AssessmentOption(this, position++, option.label(), option.points(), option.suggestion()));
		}
	}

	void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	int getElement() {
		return element;
	}

	QuestionDraft toDraft() {
		return new QuestionDraft(element, text, suggestion, options.stream()
			.map(AssessmentOption::toView)
			.map(o -> new QuestionDraft.Option(o.label(), o.points(), o.suggestion()))
			.toList());
	}

	QuestionView toView() {
		return new QuestionView(id == null ? 0 : id, sortOrder, element, text, suggestion,
				options.stream().map(AssessmentOption::toView).toList());
	}

	Long getId() {
		return id;
	}

	int getSortOrder() {
		return sortOrder;
	}
}
