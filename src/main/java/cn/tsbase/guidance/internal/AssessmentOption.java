package cn.tsbase.guidance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer a question offers, with its points and, optionally, the suggestion for a unit that chooses it. */
@Entity
@Table(name = "assessment_option")
class AssessmentOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "question_id", nullable = false, updatable = false)
	private AssessmentQuestion question;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private int points;

	private String suggestion;

	protected AssessmentOption() {
	}

	AssessmentOption(AssessmentQuestion question, int sortOrder, String label, int points, String suggestion) {
		this.question = question;
		this.sortOrder = sortOrder;
		this.label = label;
		this.points = points;
		this.suggestion = suggestion;
	}

	OptionView toView() {
		return new OptionView(id == null ? 0 : id, label, points, suggestion);
	}
}
