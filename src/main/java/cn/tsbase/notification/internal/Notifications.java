package cn.tsbase.notification.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.Recipient;
import cn.tsbase.notification.NotificationView;
import cn.tsbase.shared.NotFoundException;

/**
 * The notifications of each account: sending them (with a mail to those who have an address), listing, counting and
 * reading them. Every read and change is scoped to the recipient's account; another account's notification is "not found".
 */
@Service
public class Notifications {

	/** Newest first; the id breaks ties between notifications of the same instant. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"));

	private final NotificationRepository notifications;
	private final NotificationMail mail;
	private final Clock clock;

	Notifications(NotificationRepository notifications, NotificationMail mail, Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Gives each recipient (once, however often listed) a notification, and requests a mail to each that has an e-mail
	 * address. Runs in the caller's transaction: the notifications and the mail requests are stored together or not at all.
	 */
	@Transactional
	public void send(Collection<Recipient> recipients, NotificationMessage message) {
		Map<Long, Recipient> distinct = new LinkedHashMap<>();
		recipients.forEach(recipient -> distinct.putIfAbsent(recipient.accountId(), recipient));
		var now = clock.instant();
		notifications.saveAll(distinct.values().stream().map(r -> new Notification(r.accountId(), message, now)).toList());
		distinct.values().forEach(recipient -> mail.request(recipient, message));
	}

	/** The recipient's notifications (or only the unread ones), newest first, paged in the database. */
	@Transactional(readOnly = true)
	public Page<NotificationView> of(long recipientId, boolean unreadOnly, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		return (unreadOnly ? notifications.findByRecipientIdAndReadAtIsNull(recipientId, newestFirst)
				: notifications.findByRecipientId(recipientId, newestFirst))
			.map(Notification::view);
	}

	public long unreadCount(long recipientId) {
		return notifications.countByRecipientIdAndReadAtIsNull(recipientId);
	}

	/**
	 * Marks the recipient's notification read.
	 *
	 * @return the path the notification is about
	 * @throws NotFoundException when the notification does not exist or is another account's
	 */
	@Transactional
	public String open(long noticeId, long recipientId) {
		Notification notification = notifications.findByIdAndRecipientId(noticeId, recipientId)
			.orElseThrow(() -> new NotFoundException("Notification " + noticeId));
		notification.markRead(clock.instant());
		return notification.getLink();
	}

	/** @return how many notifications were unread */
	@Transactional
	public int markAllRead(long recipientId) {
		return notifications.markAllRead(recipientId, clock.instant());
	}
}
