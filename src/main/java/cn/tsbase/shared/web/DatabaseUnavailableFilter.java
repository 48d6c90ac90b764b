package cn.tsbase.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached (restarted, failed over, the network to it down), every request that needs it
 * gets a 503 with {@code Retry-After} and a short page — or, under {@code /api/}, a problem detail — saying so, never a
 * stack trace or a 500. The page is written here, without the layout, the session or the current user, all of which
 * need the database. The connection pool reconnects by itself when the database is back; a request whose transaction
 * did not commit changed nothing, so nothing the user was told was saved is lost.
 * <p>
 * It runs ahead of the session filter (which reads the session from the database) and catches what any later filter,
 * controller or view lets through.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** Connection exceptions (class 08), and PostgreSQL shutting down or starting (57P01–57P03). */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	static final int RETRY_AFTER_SECONDS = 10;

	/** What HikariCP's proxy of an evicted connection says to every call. */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException e) {
			if (!isDatabaseUnavailable(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("Database unavailable, answered 503: {} {} ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(e));
			unavailable(request, response);
		}
	}

	/** True when the failure, or one of its causes, says the database could not be reached. */
	static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
				return true;
			}
			// the connection broke in the middle of a transaction: the pool evicted it, and the rollback that
			// followed failed on the closed proxy, overriding the connection error it was rolling back for
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		String title = messages.getMessage("error.503.title", null, locale);
		String message = messages.getMessage("error.503.message", null, locale);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getServletPath().startsWith("/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
						+ json(message) + "\"}");
			return;
		}
		response.setContentType("text/html");
		String lang = locale == Locale.ENGLISH ? "en" : "zh-CN";
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="%s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title></head>
				<body style="font-family: sans-serif; margin: 3rem auto; max-width: 40rem; color: #212529">
				<main><h1>%s</h1><p>%s</p><p><a href="%s" style="color: #0a58ca">%s</a></p></main>
				</body>
				</html>
				""".formatted(lang, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
				HtmlUtils.htmlEscape(message), HtmlUtils.htmlEscape(currentPage(request)),
				HtmlUtils.htmlEscape(messages.getMessage("error.503.reload", null, locale))));
	}

	/** The language the user chose (the {@code lang} cookie of WebConfiguration's resolver); Chinese by default. */
	private static boolean english(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
			if ("lang".equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().startsWith("en")) {
				return true;
			}
		}
		return false;
	}

	/** The page to reload: the same one for a GET, the site's home after a form post. */
	private static String currentPage(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return request.getContextPath() + "/";
		}
		return request.getQueryString() == null ? request.getRequestURI()
				: request.getRequestURI() + "?" + request.getQueryString();
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(MessageSource messages) {
			FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
					new DatabaseUnavailableFilter(messages));
			// after the client address and NUL filters, ahead of the session filter (HIGHEST_PRECEDENCE + 50)
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			registration.addUrlPatterns("/*");
			return registration;
		}
	}
}
