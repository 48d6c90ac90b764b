package cn.tsbase.shared.security;

import java.io.IOException;
import java.time.Clock;

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
 * Requests a page makes by itself (the notification bell polling every minute, marked with the {@value #HEADER} header)
 * are not user activity: they must not keep an idle session alive, which they would, since every request that reads
 * the session counts for the session's own idle timeout. So the time of the last request of the user's own is kept in
 * the session, and a background request that comes when the user has been idle for longer than the session's idle
 * timeout ends the session.
 */
class BackgroundRequestTimeoutFilter extends OncePerRequestFilter {

	/** The header that marks a request as made in the background. */
	public static final String HEADER = "X-Background-Request";

	static final String LAST_ACTIVITY = BackgroundRequestTimeoutFilter.class.getName() + ".LAST_ACTIVITY";

	/** The last activity is written at most this often, so that not every request writes the session. */
	private static final long WRITE_INTERVAL_MILLIS = 60_000;

	private final Clock clock;

	BackgroundRequestTimeoutFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getMaxInactiveInterval() > 0 && isAuthenticated()) {
			long now = clock.millis();
			Long last = (Long) session.getAttribute(LAST_ACTIVITY);
			if (!"true".equals(request.getHeader(HEADER))) {
				if (last == null || now - last >= WRITE_INTERVAL_MILLIS) {
					session.setAttribute(LAST_ACTIVITY, now);
				}
			}
			else if (last == null) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
			else if (now - last > session.getMaxInactiveInterval() * 1000L) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				// an htmx request: send the whole page to the login page instead of swapping it into the fragment
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
				return;
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
