package cn.tsbase.selection.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.tsbase.selection.PreReviewResultView;

/** One item's result in a candidate's written pre-review. */
@Entity
@IdClass(PreReviewResult.Key.class)
@Table(name = "pre_review_result")
class PreReviewResult {

	/** The composite key: candidate and checklist item. */
	public static class Key implements Serializable {

		private Long candidateId;

		private Long itemId;

		public Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(candidateId, key.candidateId)
					&& java.util.Objects.equals(itemId, key.itemId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(candidateId, itemId);
		}
	}

	@Id
	@Column(name = "candidate_id")
	private Long candidateId;

	@Id
	@Column(name = "item_id")
	private Long itemId;

	@Column(nullable = false)
	private boolean passed;

	private String note;

	protected PreReviewResult() {
	}

	PreReviewResult(long candidateId, long itemId, boolean passed, String note) {
		this.candidateId = candidateId;
		this.itemId = itemId;
		this.passed = passed;
		this.note = note;
	}

	PreReviewResultView view() {
		return new PreReviewResultView(candidateId, itemId, passed, note);
	}

	public Long getItemId() {
		return itemId;
	}

	public boolean isPassed() {
		return passed;
	}

	public String getNote() {
		return note;
	}
}
