package cn.tsbase.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose page is the same for every anonymous visitor: it is then cached on the server (see
 * {@link PublicPageCache}), carries a strong {@code ETag} and {@code Cache-Control: public}, and answers a matching
 * {@code If-None-Match} with 304. Logged-in users get the page rendered for them and never cached anywhere.
 * <p>
 * Only for pages whose content depends on nothing but the path, the query, the locale and the htmx flag; the module
 * that changes the data behind such a page calls {@link PublicPageCache#evictAllAfterCommit()}. Only requests whose
 * query parameters the page declares are cached.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

	/**
	 * The query parameters the page reads (besides {@code lang}): a request with any other is rendered but not
	 * cached, so that made-up parameters cannot fill the cache.
	 */
	String[] parameters() default {};
}
