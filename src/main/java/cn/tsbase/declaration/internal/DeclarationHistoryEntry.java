package cn.tsbase.declaration.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.declaration.DeclarationView;

/** One step of a declaration's procedure (submitted, returned with reasons, resubmitted, decided, withdrawn). */
@Entity
@Immutable
@Table(name = "declaration_history")
class DeclarationHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false)
	private Long declarationId;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String actor;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	private String note;

	protected DeclarationHistoryEntry() {
	}

	DeclarationHistoryEntry(long declarationId, String action, String actor, Instant occurredAt, String note) {
		this.declarationId = declarationId;
		this.action = action;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.note = note;
	}

	public String getAction() {
		return action;
	}

	public String getActor() {
		return actor;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getNote() {
		return note;
	}

	DeclarationView.HistoryEntry view() {
		return new DeclarationView.HistoryEntry(action, actor, occurredAt, note);
	}
}
