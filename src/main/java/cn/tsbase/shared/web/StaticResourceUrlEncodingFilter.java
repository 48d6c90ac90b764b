package cn.tsbase.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links to static resources (WebJars, the application's CSS and scripts) to their versioned URLs, and
 * leaves every other link alone. Spring's {@link ResourceUrlEncodingFilter} asks the resource chain about every link a
 * page builds, and a link that is no file costs an uncached class-path lookup: dozens per page, which held a page to
 * a few hundred per second. Registered in its place.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

	static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new StaticLinks(http, httpResponse));
	}

	private static final class StaticLinks extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		StaticLinks(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			if (isStatic(url) && request.getAttribute(
					ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider) {
				String versioned = provider.getForRequestUrl(request, url);
				if (versioned != null) {
					return super.encodeURL(versioned);
				}
			}
			return super.encodeURL(url);
		}

		private boolean isStatic(String url) {
			String path = url;
			String context = request.getContextPath();
			if (!context.isEmpty() && path.startsWith(context)) {
				path = path.substring(context.length());
			}
			for (String prefix : STATIC_PREFIXES) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}
	}
}
