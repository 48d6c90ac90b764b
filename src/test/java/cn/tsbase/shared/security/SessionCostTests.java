package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import cn.tsbase.IntegrationTest;
import cn.tsbase.WebClient;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.shared.security.Role;

/**
 * What a logged-in request costs the session store (issue 16, ADR 0028): one read of its session and no write while
 * nothing in it changed, measured at the JDBC driver on every statement Spring Session runs. Logging in, changing the
 * session and the limits built on it (the concurrent-session limit, the absolute timeout) still work: see
 * {@code LoginAndSessionTests}.
 */
@IntegrationTest
@Import(SessionCostTests.CountedSessionStore.class)
class SessionCostTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	final CountedSessionStore store = CountedSessionStore.STATEMENTS;

	@Test
	void aLoggedInRequestReadsItsSessionOnceAndWritesNothingWhenNothingChanged() {
		TestAccount officer = accounts.official(Role.MUNICIPAL_OFFICER, null);
		WebClient browser = new WebClient(port);
		browser.login(officer.getUsername(), AccountFixtures.PASSWORD);
		assertThat(browser.get("/units").statusCode()).isEqualTo(200);
		String cookie = browser.sessionId().orElseThrow();
		// the cookie carries the session id in Base64 (Spring Session's default cookie serializer)
		String session = new String(java.util.Base64.getDecoder().decode(cookie),
				java.nio.charset.StandardCharsets.UTF_8);
		Long accessed = lastAccess(session);

		store.reset();
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(browser.get("/units").statusCode()).isEqualTo(200);
		assertThat(browser.get("/public/ping").statusCode()).isEqualTo(200);

		assertThat(store.reads()).as("session reads of three requests: %s", store.seen).isEqualTo(3);
		assertThat(store.writes()).as("session writes of three requests that changed nothing").isZero();
		assertThat(lastAccess(session)).isEqualTo(accessed);
	}

	@Test
	void aChangeToTheSessionIsWrittenAtOnce() {
		TestAccount officer = accounts.official(Role.MUNICIPAL_OFFICER, null);
		WebClient browser = new WebClient(port);
		store.reset();
		browser.login(officer.getUsername(), AccountFixtures.PASSWORD);
		assertThat(store.writes()).as("the login stores the session and its security context").isPositive();

		store.reset();
		assertThat(browser.logout().statusCode()).isEqualTo(302);
		assertThat(store.writes()).as("the logout deletes the session").isPositive();
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	private Long lastAccess(String sessionId) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

	/** Spring Session's own data source, counting the statements on the session tables as the driver gets them. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class CountedSessionStore {

		static final CountedSessionStore STATEMENTS = new CountedSessionStore();

		final java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final AtomicLong reads = new AtomicLong();
		private final AtomicLong writes = new AtomicLong();

		void reset() {
			reads.set(0);
			seen.clear();
			writes.set(0);
		}

		long reads() {
			return reads.get();
		}

		long writes() {
			return writes.get();
		}

		/** The application's data source, seen through a counter (this context only). */
		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof DataSource dataSource) || !"dataSource".equals(beanName)) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {
						@Override
						public Connection getConnection() throws SQLException {
							return STATEMENTS.counted(super.getConnection());
						}
					};
				}
			};
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql) {
							count(sql);
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}

		private void count(String sql) {
			String statement = sql.trim().toLowerCase(Locale.ROOT);
			if (!statement.contains("spring_session")) {
				return;
			}
			(statement.startsWith("select") ? reads : writes).incrementAndGet();
			seen.add(Thread.currentThread().getName() + ": " + statement);
		}
	}
}
