package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the database is down, a page gets a 503 with the platform's words and a way to reload, an API call a problem
 * detail, and neither a stack trace; any other failure goes on to the usual handling (issue 16, point 5).
 */
class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static FilterChain failingWith(RuntimeException failure) {
		return (request, response) -> {
			throw failure;
		};
	}

	/** What Spring and Hikari throw when the pool cannot get a connection. */
	private static RuntimeException noConnection() {
		return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
	}

	@Test
	void aPageAsksTheUserToReloadWithA503AndNoStackTrace() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units");
		request.setQueryString("q=科技");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, failingWith(noConnection()));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getContentType()).startsWith("text/html");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"zh-CN\">", "系统暂时无法访问数据库", "已提示提交成功的内容不会丢失",
				"href=\"/units?q=科技\"", "重新加载");
		assertThat(page).doesNotContain("Exception", "Hikari", "at org.", "JPA");
	}

	@Test
	void aFormPostLinksHomeAndEnglishReadersGetEnglish() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/declarations/7/submit");
		request.setCookies(new Cookie("lang", "en"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response,
				failingWith(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLException("Connection refused", "08001"))));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"en\">",
				"The database cannot be reached", "href=\"/\"");
	}

	@Test
	void anApiCallGetsAProblemDetail() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
		request.setServletPath("/api/v1/me");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, failingWith(noConnection()));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503",
				"数据库暂时无法连接");
	}

	@Test
	void postgresShuttingDownCountsAsUnavailable() {
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new RuntimeException("wrapped",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
				new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	/** As seen in bench/faults.sh: PostgreSQL went down during a transaction, and its rollback failed too. */
	@Test
	void aRollbackFailedOnTheBrokenConnectionCountsAsUnavailable() {
		RuntimeException rollbackFailed = new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(rollbackFailed)).isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new JDBCConnectionException(
				"JDBC exception executing SQL [An I/O error occurred while sending to the backend.]",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new SQLException("Connection is closed", "42000")))
			.isFalse();
	}

	@Test
	void anyOtherFailureGoesOnToTheUsualHandling() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units");
		MockHttpServletResponse response = new MockHttpServletResponse();
		DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"));

		assertThatThrownBy(() -> filter.doFilter(request, response, failingWith(duplicate))).isSameAs(duplicate);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
	}
}
