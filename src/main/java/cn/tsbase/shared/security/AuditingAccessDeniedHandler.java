package cn.tsbase.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Every refusal (403) goes into the audit trail with the actor and the request: {@code CSRF_REFUSED} for a missing or
 * wrong CSRF token, {@code ACCESS_DENIED} for a role that may not call the endpoint. The response is the platform's
 * usual 403.
 */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

	private final AuditLog audit;
	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	AuditingAccessDeniedHandler(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		audit.record(accessDeniedException instanceof CsrfException ? "CSRF_REFUSED" : "ACCESS_DENIED", "Request",
				null, AuditOutcome.FAILURE, AuditLog.requestLine(request));
		delegate.handle(request, response, accessDeniedException);
	}
}
