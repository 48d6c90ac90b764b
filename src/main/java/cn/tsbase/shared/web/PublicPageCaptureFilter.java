package cn.tsbase.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Buffers the GET responses of the {@link PublicPage} addresses (and of no other) so that a page rendered for an
 * anonymous visitor can be stored and answered with its ETag, or with 304. Runs inside Spring Security's filter chain,
 * which therefore still writes its headers, and leaves {@code Cache-Control} to Security's no-store default on every
 * response it does not store.
 */
final class PublicPageCaptureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PublicPageCaptureFilter.class);

	private final PublicPageCache cache;
	private final ListableBeanFactory beans;
	private volatile List<PathPattern> patterns;

	PublicPageCaptureFilter(PublicPageCache cache, ListableBeanFactory beans) {
		this.cache = cache;
		this.beans = beans;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) || !isPublicPage(request)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (request.getAttribute(PublicPageInterceptor.PENDING) instanceof PublicPageInterceptor.Pending pending
				&& storable(request, buffered)) {
			PublicPageCache.Page page = cache.put(pending.key(), pending.generation(), buffered.getContentType(),
					buffered.getContentAsByteArray());
			PublicPageInterceptor.writeValidators(buffered, page.etag());
			if (PublicPageCache.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
				buffered.resetBuffer();
				buffered.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
		}
		buffered.copyBodyToResponse();
	}

	private boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
			return false;
		}
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			return false;
		}
		HttpSession session = request.getSession(false);
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		if ((session != null && session.isNew()) || body.contains("_csrf")) {
			// the page touched the visitor's session (a CSRF token, say): it belongs to that visitor alone
			log.warn("Public page {} refers to the visitor's session; not cached", request.getRequestURI());
			return false;
		}
		return true;
	}

	private boolean isPublicPage(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : patterns()) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	private List<PathPattern> patterns() {
		List<PathPattern> known = patterns;
		if (known == null) {
			known = beans.getBeansOfType(RequestMappingHandlerMapping.class)
				.values()
				.stream()
				.flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
				.filter(entry -> entry.getValue().hasMethodAnnotation(PublicPage.class))
				.flatMap(entry -> entry.getKey().getPatternValues().stream())
				.distinct()
				.map(PathPatternParser.defaultInstance::parse)
				.toList();
			patterns = known;
		}
		return known;
	}
}
