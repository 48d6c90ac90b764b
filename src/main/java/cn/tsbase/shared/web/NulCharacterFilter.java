package cn.tsbase.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request parameter holding a NUL character is refused with 400: no text a user types contains one, and PostgreSQL
 * refuses it in any query ("invalid byte sequence for encoding UTF8: 0x00"), which would otherwise answer 500.
 * Multipart requests are left to their handlers (their fields are checked where they are bound), so that the upload
 * limits keep answering as they do.
 */
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
		if (!multipart && holdsNul(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && (query.contains("%00") || query.indexOf('\u0000') >= 0)) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\u0000') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
			FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(
					new NulCharacterFilter());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
