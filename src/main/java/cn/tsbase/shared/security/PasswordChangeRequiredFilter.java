package cn.tsbase.shared.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * A user who logged in with an initial or expired password can do nothing but change it (and log out). An API call
 * in that state is refused (403) and audited as {@value #REFUSED} with the actor and the request path.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String REFUSED = "PASSWORD_CHANGE_PENDING_REFUSED";

	private final AuditLog audit;

	PasswordChangeRequiredFilter(AuditLog audit) {
		this.audit = audit;
	}

	static final String CHANGE_PATH = "/account/password";
	private static final Set<String> ALLOWED = Set.of(CHANGE_PATH, "/logout", "/login", "/error", "/api/v1/me");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.isPasswordChangeRequired() && !isAllowed(request)) {
			if (request.getServletPath().startsWith("/api/")) {
				audit.record(REFUSED, "Request", null, AuditOutcome.FAILURE, AuditLog.requestLine(request));
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PATH);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(HttpServletRequest request) {
		String path = request.getServletPath();
		return ALLOWED.contains(path) || path.equals("/favicon.ico") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/");
	}
}
