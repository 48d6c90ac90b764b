package cn.tsbase.shared.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Publishes {@link AuditEvent}s. Publication happens inside a transaction (the caller's, or a new one) so that the
 * event publication registry keeps it until the audit module has recorded it.
 */
@Component
public class AuditLog {

	public static final String ANONYMOUS = "anonymous";

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AuditLog(ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Records an action of the current user. */
	public void record(String event, String objectType, Object objectId, AuditOutcome outcome, String detail) {
		record(currentActor(), event, objectType, objectId, outcome, detail);
	}

	/** Records an action of a named actor (e.g. the username typed on a failed login). */
	public void record(String actor, String event, String objectType, Object objectId, AuditOutcome outcome,
			String detail) {
		AuditEvent auditEvent = new AuditEvent(clock.instant(), actor == null ? ANONYMOUS : actor, currentIp(), event,
				objectType, objectId == null ? null : String.valueOf(objectId), outcome, detail);
		transactions.executeWithoutResult(status -> events.publishEvent(auditEvent));
	}

	/**
	 * The method and path of a request, for the detail of a refusal: without the query string, which may carry what
	 * the user typed.
	 */
	public static String requestLine(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		return authentication.getName();
	}

	static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
