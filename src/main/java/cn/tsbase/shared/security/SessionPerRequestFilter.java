package cn.tsbase.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter, so that a request reads its session from the store once (ADR 0028,
 * {@link QuietSessionRepository#withinRequest}).
 */
class SessionPerRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		QuietSessionRepository.withinRequest(() -> chain.doFilter(request, response));
	}
}
