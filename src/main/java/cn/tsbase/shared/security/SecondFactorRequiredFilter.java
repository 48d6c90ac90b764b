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
 * A user who gave the right password but not yet the second factor can do nothing but give the code (or, when the
 * account's roles need a factor and none is enrolled, enroll one) and log out. Until then the principal holds no
 * role at all, so this filter only turns what would be a refusal into the way forward. An API call in that state is
 * refused (403) and audited as {@value #REFUSED} with the actor and the request path, like every other refusal.
 */
class SecondFactorRequiredFilter extends OncePerRequestFilter {

	static final String REFUSED = "SECOND_FACTOR_PENDING_REFUSED";

	private final AuditLog audit;

	SecondFactorRequiredFilter(AuditLog audit) {
		this.audit = audit;
	}

	static final String CHALLENGE_PATH = "/login/second-factor";
	static final String ENROLLMENT_PATH = "/account/second-factor";
	private static final Set<String> ALWAYS_ALLOWED = Set.of("/logout", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.getSecondFactor().isPending()) {
			String target = user.getSecondFactor() == SecondFactorStatus.CHALLENGE ? CHALLENGE_PATH : ENROLLMENT_PATH;
			String path = request.getServletPath();
			if (!path.equals(target) && !ALWAYS_ALLOWED.contains(path) && !isStatic(path)) {
				if (path.startsWith("/api/")) {
					audit.record(REFUSED, "Request", null, AuditOutcome.FAILURE, AuditLog.requestLine(request));
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
				}
				else if ("true".equals(request.getHeader("HX-Request"))) {
					response.setHeader("HX-Redirect", request.getContextPath() + target);
					response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				}
				else {
					response.sendRedirect(request.getContextPath() + target);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.equals("/favicon.ico") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/");
	}
}
