package cn.tsbase.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.audit.AuditEntryView;

/** One entry of the audit trail. Immutable: the application inserts entries and never changes them. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private Long seq;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(nullable = false)
	private String actor;

	private String ip;

	@Column(nullable = false)
	private String event;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	@Column(nullable = false)
	private String outcome;

	private String detail;

	@Column(name = "prev_tag", nullable = false)
	private String prevTag;

	@Column(nullable = false)
	private String tag;

	protected AuditEntry() {
	}

	AuditEntry(long seq, Instant occurredAt, Instant recordedAt, String actor, String ip, String event,
			String objectType, String objectId, String outcome, String detail, String prevTag) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.ip = ip;
		this.event = event;
		this.objectType = objectType;
		this.objectId = objectId;
		this.outcome = outcome;
		this.detail = detail;
		this.prevTag = prevTag;
	}

	void seal(String tag) {
		this.tag = tag;
	}

	/** The content the tag covers, fields separated by a character that sanitised input cannot contain. */
	String canonicalContent() {
		return String.join("\u001f", String.valueOf(seq), String.valueOf(occurredAt), String.valueOf(recordedAt),
				actor, nullToEmpty(ip), event, nullToEmpty(objectType), nullToEmpty(objectId), outcome,
				nullToEmpty(detail), prevTag);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	public Long getSeq() {
		return seq;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getActor() {
		return actor;
	}

	public String getIp() {
		return ip;
	}

	public String getEvent() {
		return event;
	}

	public String getObjectType() {
		return objectType;
	}

	public String getObjectId() {
		return objectId;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getDetail() {
		return detail;
	}

	public String getPrevTag() {
		return prevTag;
	}

	public String getTag() {
		return tag;
	}

	AuditEntryView view() {
		return new AuditEntryView(seq, occurredAt, actor, ip, event, objectType, objectId, outcome, detail);
	}
}
