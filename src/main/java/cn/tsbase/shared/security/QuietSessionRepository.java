package cn.tsbase.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as requests use it (issue 16, ADR 0028): every authenticated request reads its session once, and
 * writes it only when something in it changed. Spring Session JDBC would otherwise update the session row on every
 * request, because each request moves the session's last access time. Here the last access is recorded when it has
 * moved by at least the granularity (a minute by default): the idle timeout (30 minutes) then counts from an access
 * that is at most a minute older than the last one, and a session left alone ends at most that much earlier. Attribute
 * changes (the login, the second factor, the security context, an expiry mark) are written at once, as before.
 *
 * <p>
 * Within one request ({@link #withinRequest}), a session once found or saved is not read again: Spring Session's
 * filter commits a session twice when the response was committed early (a page larger than the response buffer), and
 * looks the session up again for the second commit.
 */
public class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

	private static final ThreadLocal<Map<String, QuietSession>> REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> store;
	private final Duration granularity;

	@SuppressWarnings("unchecked")
	public QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> store, Duration granularity) {
		this.store = (FindByIndexNameSessionRepository<Session>) store;
		this.granularity = granularity;
	}

	/** Runs one request, during which the sessions found or saved on its thread are kept. */
	public static void withinRequest(RequestWork work) throws java.io.IOException, jakarta.servlet.ServletException {
		if (REQUEST.get() != null) {
			work.run();
			return;
		}
		REQUEST.set(new java.util.HashMap<>());
		try {
			work.run();
		}
		finally {
			REQUEST.remove();
		}
	}

	/** The work of one request. */
	@FunctionalInterface
	public interface RequestWork {

		void run() throws java.io.IOException, jakarta.servlet.ServletException;
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(store.createSession(), granularity);
	}

	@Override
	public void save(QuietSession session) {
		store.save(session.stored);
		Map<String, QuietSession> request = REQUEST.get();
		if (request != null) {
			request.values().remove(session);
			request.put(session.getId(), session);
		}
	}

	@Override
	public QuietSession findById(String id) {
		Map<String, QuietSession> request = REQUEST.get();
		if (request != null && request.containsKey(id)) {
			return request.get(id);
		}
		Session found = store.findById(id);
		QuietSession session = found == null ? null : new QuietSession(found, granularity);
		if (request != null && session != null) {
			request.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, QuietSession> request = REQUEST.get();
		if (request != null) {
			request.remove(id);
		}
		store.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> sessions = new LinkedHashMap<>();
		store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new QuietSession(session, granularity)));
		return sessions;
	}

	/** A stored session whose last access moves only in steps of the granularity. */
	public static final class QuietSession implements Session {

		private final Session stored;
		private final Duration granularity;

		QuietSession(Session stored, Duration granularity) {
			this.stored = stored;
			this.granularity = granularity;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant recorded = stored.getLastAccessedTime();
			if (recorded == null || !lastAccessedTime.isBefore(recorded.plus(granularity))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
