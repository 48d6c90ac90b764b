package cn.tsbase.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** An htmx request whose session has ended sends the whole page to the login page instead of swapping it in. */
class HtmxAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final String loginPath;

	HtmxAuthenticationEntryPoint(String loginPath) {
		this.loginPath = loginPath;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("HX-Redirect", request.getContextPath() + loginPath);
	}
}
