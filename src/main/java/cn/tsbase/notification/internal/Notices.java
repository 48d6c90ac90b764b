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
import cn.tsbase.shared.NotFoundException;

/**
 * The notices of each account: sending them (with a mail to those who have an address), listing, counting and
 * reading them. Every read and change is scoped to the recipient's account; another account's notice is "not found".
 */
@Service
public class Notices {

	/** Newest first; the id breaks ties between notices of the same instant. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"));

	private final NoticeRepository notices;
	private final NoticeMail mail;
	private final Clock clock;

	Notices(NoticeRepository notices, NoticeMail mail, Clock clock) {
		this.notices = notices;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Gives each recipient (once, however often listed) a notice, and requests a mail to each that has an e-mail
	 * address. Runs in the caller's transaction: the notices and the mail requests are stored together or not at all.
	 */
	@Transactional
	public void send(Collection<Recipient> recipients, NoticeMessage message) {
		Map<Long, Recipient> distinct = new LinkedHashMap<>();
		recipients.forEach(recipient -> distinct.putIfAbsent(recipient.accountId(), recipient));
		var now = clock.instant();
		notices.saveAll(distinct.values().stream().map(r -> new Notice(r.accountId(), message, now)).toList());
		distinct.values().forEach(recipient -> mail.request(recipient, message));
	}

	/** The recipient's notices (or only the unread ones), newest first, paged in the database. */
	@Transactional(readOnly = true)
	public Page<Notice> of(long recipientId, boolean unreadOnly, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		return unreadOnly ? notices.findByRecipientIdAndReadAtIsNull(recipientId, newestFirst)
				: notices.findByRecipientId(recipientId, newestFirst);
	}

	public long unreadCount(long recipientId) {
		return notices.countByRecipientIdAndReadAtIsNull(recipientId);
	}

	/**
	 * Marks the recipient's notice read.
	 *
	 * @return the path the notice is about
	 * @throws NotFoundException when the notice does not exist or is another account's
	 */
	@Transactional
	public String open(long noticeId, long recipientId) {
		Notice notice = notices.findByIdAndRecipientId(noticeId, recipientId)
			.orElseThrow(() -> new NotFoundException("Notice " + noticeId));
		notice.markRead(clock.instant());
		return notice.getLink();
	}

	/** @return how many notices were unread */
	@Transactional
	public int markAllRead(long recipientId) {
		return notices.markAllRead(recipientId, clock.instant());
	}
}
