package cn.tsbase.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session that has lived longer than the absolute limit, however active it was. The life counts
 * from the first request after login, on the platform's clock.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	static final String STARTED = AbsoluteSessionTimeoutFilter.class.getName() + ".STARTED";

	private final Duration limit;
	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && isAuthenticated()) {
			long now = clock.millis();
			Object started = session.getAttribute(STARTED);
			if (started == null) {
				session.setAttribute(STARTED, now);
			}
			else if (now - (Long) started > limit.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				if (!request.getServletPath().startsWith("/api/")) {
					response.sendRedirect(request.getContextPath() + "/login?expired");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isAuthenticated() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
	}
}
