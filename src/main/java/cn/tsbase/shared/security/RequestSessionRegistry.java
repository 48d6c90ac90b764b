package cn.tsbase.shared.security;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The registry of sessions for the concurrent-session limit, backed by the session store (issue 16, ADR 0028). On
 * every request Spring Security asks whether the request's own session was ended by a newer login; Spring Session's
 * registry answers by loading that session from the database a second time. Here the answer comes from the session
 * the request has already loaded (a newer login marks the old session with Spring Session's expiry attribute, which
 * is read here); every other question (the user's sessions at login) still goes to the store.
 */
public class RequestSessionRegistry implements SessionRegistry {

	/** The attribute that {@code SpringSessionBackedSessionInformation#expireNow} sets on a session it ends. */
	static final String EXPIRED_ATTRIBUTE = "org.springframework.session.security.SpringSessionBackedSessionInformation"
			+ ".EXPIRED";

	private final SpringSessionBackedSessionRegistry<? extends Session> store;

	public <S extends Session> RequestSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		this.store = new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		HttpSession session = requestSession();
		if (session == null || !session.getId().equals(sessionId)) {
			return store.getSessionInformation(sessionId);
		}
		SessionInformation information = new SessionInformation(principal(session), sessionId,
				new Date(session.getLastAccessedTime()));
		if (Boolean.TRUE.equals(session.getAttribute(EXPIRED_ATTRIBUTE))) {
			information.expireNow();
		}
		return information;
	}

	private static HttpSession requestSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			try {
				return attributes.getRequest().getSession(false);
			}
			catch (IllegalStateException finished) {
				return null;
			}
		}
		return null;
	}

	private static Object principal(HttpSession session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext securityContext) {
			Authentication authentication = securityContext.getAuthentication();
			if (authentication != null && authentication.getName() != null) {
				return authentication.getName();
			}
		}
		return "";
	}

	@Override
	public List<Object> getAllPrincipals() {
		return store.getAllPrincipals();
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return store.getAllSessions(principal, includeExpiredSessions);
	}

	@Override
	public void refreshLastRequest(String sessionId) {
		store.refreshLastRequest(sessionId);
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
		store.registerNewSession(sessionId, principal);
	}

	@Override
	public void removeSessionInformation(String sessionId) {
		store.removeSessionInformation(sessionId);
	}
}
