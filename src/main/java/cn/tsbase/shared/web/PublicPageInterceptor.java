package cn.tsbase.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Serves a {@link PublicPage} to an anonymous visitor from the {@link PublicPageCache}, or marks the request so that
 * {@link PublicPageCaptureFilter} stores what the handler renders. Runs after the locale interceptor, so the key holds
 * the locale the page is rendered in (and {@code ?lang=} still sets its cookie on a cached answer).
 */
final class PublicPageInterceptor implements HandlerInterceptor {

	/** Request attribute: the page is to be stored under this key once rendered. */
	static final String PENDING = PublicPageInterceptor.class.getName() + ".PENDING";

	static final String CACHE_CONTROL = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue();

	/** The same address gives a fragment to htmx and a page otherwise, and the language cookie changes the text. */
	static final String VARY = "HX-Request, Cookie";

	record Pending(PublicPageCache.Key key, long generation) {
	}

	private final PublicPageCache cache;

	PublicPageInterceptor(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PublicPage.class)
				|| !"GET".equals(request.getMethod()) || !isAnonymous() || hasFlashAttributes(request)
				|| !onlyDeclaredParameters(request, method.getMethodAnnotation(PublicPage.class))) {
			return true;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		PublicPageCache.Key key = new PublicPageCache.Key(request.getRequestURI(),
				Objects.toString(request.getQueryString(), ""), locale.toLanguageTag(), Htmx.isHtmx(request));
		PublicPageCache.Page page = cache.get(key);
		if (page == null) {
			request.setAttribute(PENDING, new Pending(key, cache.generation()));
			return true;
		}
		writeValidators(response, page.etag());
		if (PublicPageCache.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return false;
		}
		response.setLocale(locale);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
		return false;
	}

	/** Whether every query parameter is one the page declares (or the language switch). */
	static boolean onlyDeclaredParameters(HttpServletRequest request, PublicPage page) {
		Set<String> declared = Set.of(page.parameters());
		for (String name : request.getParameterMap().keySet()) {
			if (!"lang".equals(name) && !declared.contains(name)) {
				return false;
			}
		}
		return true;
	}

	static void writeValidators(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, VARY);
	}

	/** Logged-in users see their name, menu and CSRF token in the layout: their pages are theirs alone. */
	static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	private static boolean hasFlashAttributes(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && !flash.isEmpty();
	}
}
