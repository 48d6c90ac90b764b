package cn.tsbase.guidance.internal;

import java.time.Instant;
import java.util.List;

/** A questionnaire version with its questions in order. */
public record QuestionnaireView(long id, int versionNo, String title, QuestionnaireStatus status,
		boolean platformDefault, String createdBy, Instant createdAt, Instant publishedAt, List<QuestionView> questions,
		long version) {

	/** Whether the questionnaire can still be edited (a draft; a version in use or retired is frozen). */
	public boolean editable() {
		return status == QuestionnaireStatus.DRAFT;
	}

	/** The questions of one element. */
	public List<QuestionView> ofElement(int element) {
		return questions.stream().filter(q -> q.element() == element).toList();
	}
}
