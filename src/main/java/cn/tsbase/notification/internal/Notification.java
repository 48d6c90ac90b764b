package cn.tsbase.notification.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.tsbase.notification.NotificationView;

/**
 * A notification to one account. It keeps the message key and its arguments rather than a text, so that it reads in the
 * reader's language; its link is a path inside the application.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recipientId;

	private String messageKey;

	@Convert(converter = MessageArguments.class)
	private List<String> messageArgs;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(long recipientId, NotificationMessage message, Instant createdAt) {
		this.recipientId = recipientId;
		this.messageKey = message.kind().messageKey();
		this.messageArgs = List.copyOf(message.arguments());
		this.link = message.link();
		this.createdAt = createdAt;
	}

	/** Marks the notification read; a notification read before keeps its first reading time. */
	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public long getRecipientId() {
		return recipientId;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public List<String> getMessageArgs() {
		return messageArgs;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	NotificationView view() {
		return new NotificationView(id, messageKey, messageArgs, createdAt, isRead());
	}
}
