package cn.tsbase.organization.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import cn.tsbase.organization.UnitRevisionView;
import cn.tsbase.shared.crypto.EncryptedText;

/** One saved change of a unit's profile: who, when, and what (each field's old and new value). */
@Entity
@Table(name = "unit_revision")
class UnitRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(nullable = false, updatable = false)
	private int revision;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "unit_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Change> changes = new ArrayList<>();

	@Embeddable
	public static class Change {

		@Column(nullable = false)
		private String field;

		@Convert(converter = EncryptedText.class)
		@Column(name = "old_value")
		private String oldValue;

		@Convert(converter = EncryptedText.class)
		@Column(name = "new_value")
		private String newValue;

		protected Change() {
		}

		Change(FieldChange change) {
			this.field = change.field();
			this.oldValue = truncate(change.oldValue());
			this.newValue = truncate(change.newValue());
		}

		private static String truncate(String value) {
			return value == null || value.length() <= 500 ? value : value.substring(0, 500);
		}

		public String getField() {
			return field;
		}

		public String getOldValue() {
			return oldValue;
		}

		public String getNewValue() {
			return newValue;
		}
	}

	protected UnitRevision() {
	}

	UnitRevision(long unitId, int revision, String changedBy, Instant changedAt, List<FieldChange> changes) {
		this.unitId = unitId;
		this.revision = revision;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		changes.forEach(change -> this.changes.add(new Change(change)));
	}

	public int getRevision() {
		return revision;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public List<Change> getChanges() {
		return changes;
	}

	UnitRevisionView view() {
		return new UnitRevisionView(revision, changedBy, changedAt, changes.stream()
			.map(change -> new UnitRevisionView.Change(change.field, change.oldValue, change.newValue))
			.toList());
	}
}
