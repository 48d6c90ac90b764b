package cn.tsbase.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles login attempts per client IP, counted across every instance ({@link RateLimiters}). The client IP is the remote address as {@link ClientAddressFilter} resolved
 * it, which honours X-Forwarded-For only from the configured trusted proxies.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	LoginRateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "60");
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}
}
