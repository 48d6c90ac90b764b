package cn.tsbase.shared.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The server-side cache of the rendered {@link PublicPage public pages}, per path, query, locale and htmx flag. An
 * entry lives {@code tsbase.public-pages.cache-ttl} (on the application clock) unless the data behind the pages
 * changes first: the module that changes it calls {@link #evictAllAfterCommit()}. Each instance caches for itself, so
 * on several instances a change shows on the others within the time to live.
 */
@Component
public class PublicPageCache {

	/** What a page depends on. */
	record Key(String path, String query, String locale, boolean htmx) {
	}

	/** A rendered page with its strong validator. */
	record Page(String contentType, byte[] body, String etag, Instant storedAt, Instant expiresAt) {

		/** Fresh from when it was stored until it expires (a clock set back does not prolong it). */
		boolean isFreshAt(Instant now) {
			return !now.isBefore(storedAt) && now.isBefore(expiresAt);
		}
	}

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();
	private final Clock clock;
	private final Duration timeToLive;
	private final int maxEntries;
	private final int maxBodyBytes;

	PublicPageCache(Clock clock, @Value("${tsbase.public-pages.cache-ttl:30s}") Duration timeToLive,
			@Value("${tsbase.public-pages.max-entries:1000}") int maxEntries,
			@Value("${tsbase.public-pages.max-body-bytes:524288}") int maxBodyBytes) {
		this.clock = clock;
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
		this.maxBodyBytes = maxBodyBytes;
	}

	/** Forgets every cached page now. */
	public void evictAll() {
		generation.incrementAndGet();
		pages.clear();
	}

	/**
	 * Forgets every cached page once the current transaction commits (at once without one): a page rendered from the
	 * data before the commit is neither served nor stored afterwards.
	 */
	public void evictAllAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			evictAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				evictAll();
			}
		});
	}

	Page get(Key key) {
		Page page = pages.get(key);
		if (page == null) {
			return null;
		}
		if (!page.isFreshAt(clock.instant())) {
			pages.remove(key, page);
			return null;
		}
		return page;
	}

	/** The generation to hand back to {@link #put}: a render that overlaps an eviction is not stored. */
	long generation() {
		return generation.get();
	}

	/** Stores the page unless an eviction happened since {@code renderedInGeneration}; returns it with its ETag. */
	Page put(Key key, long renderedInGeneration, String contentType, byte[] body) {
		Instant now = clock.instant();
		Page page = new Page(contentType, body, etag(body), now, now.plus(timeToLive));
		boolean off = timeToLive.isZero() || timeToLive.isNegative();
		if (off || body.length > maxBodyBytes || renderedInGeneration != generation.get() || !hasRoom()) {
			return page;
		}
		pages.put(key, page);
		if (renderedInGeneration != generation.get()) {
			pages.remove(key, page);
		}
		return page;
	}

	int size() {
		return pages.size();
	}

	private boolean hasRoom() {
		if (pages.size() < maxEntries) {
			return true;
		}
		Instant now = clock.instant();
		pages.values().removeIf(page -> !page.isFreshAt(now));
		// many distinct queries (a crawler, an attack) fill it: the pages beyond are rendered each time, as before
		return pages.size() < maxEntries;
	}

	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Whether an {@code If-None-Match} header value names this (strong) tag; weak comparison, as for GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
				return true;
			}
		}
		return false;
	}
}
