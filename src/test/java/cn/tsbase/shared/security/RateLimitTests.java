package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.tsbase.MutableClock;

/**
 * The shared rate limiters on a database of their own (H2, the shared module's migration): a sliding window per client
 * key, and one count for every instance — two {@link RateLimiters} on one database stand for two instances.
 */
class RateLimitTests {

	private static SimpleDriverDataSource dataSource;

	private final MutableClock clock = new MutableClock(java.time.Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"),
			ZoneId.of("UTC")));

	@BeforeAll
	static void database() {
		dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:ratelimits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/shared/V2__rate_limits.sql"))
			.execute(dataSource);
	}

	@AfterAll
	static void dropDatabase() {
		new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("drop all objects");
	}

	/** An instance's limiters: its own beans on the shared database, in the given scope. */
	private RateLimiters instance(DataSource source, String scope) {
		return new RateLimiters(source, new DataSourceTransactionManager(source), clock, scope);
	}

	private RateLimiter limiter(int limit) {
		return instance(dataSource, UUID.randomUUID().toString()).limiter("test", limit, Duration.ofMinutes(1));
	}

	@Test
	void aKeyOverItsLimitIsRefusedUntilTheWindowMoves() {
		RateLimiter limiter = limiter(3);
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();

		clock.advance(Duration.ofSeconds(61));

		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

	@Test
	void theWindowSlides() {
		RateLimiter limiter = limiter(2);
		assertThat(limiter.tryAcquire("10.0.0.3")).isTrue();
		clock.advance(Duration.ofSeconds(40));
		assertThat(limiter.tryAcquire("10.0.0.3")).isTrue();
		clock.advance(Duration.ofSeconds(30));
		// the first left the window, the second has not
		assertThat(limiter.tryAcquire("10.0.0.3")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.3")).isFalse();
	}

	@Test
	void twoInstancesCountTogetherAndLimitersOfOtherNamesOrScopesApart() {
		String scope = UUID.randomUUID().toString();
		RateLimiter a = instance(dataSource, scope).limiter("login", 3, Duration.ofMinutes(1));
		RateLimiter b = instance(dataSource, scope).limiter("login", 3, Duration.ofMinutes(1));
		assertThat(a.tryAcquire("10.0.0.4")).isTrue();
		assertThat(b.tryAcquire("10.0.0.4")).isTrue();
		assertThat(a.tryAcquire("10.0.0.4")).isTrue();
		assertThat(b.tryAcquire("10.0.0.4")).isFalse();
		assertThat(a.tryAcquire("10.0.0.4")).isFalse();
		assertThat(instance(dataSource, scope).limiter("registration", 3, Duration.ofMinutes(1)).tryAcquire("10.0.0.4"))
			.isTrue();
		assertThat(instance(dataSource, UUID.randomUUID().toString()).limiter("login", 3, Duration.ofMinutes(1))
			.tryAcquire("10.0.0.4")).isTrue();
	}

	@Test
	void concurrentRequestsOnTwoInstancesGetExactlyTheLimit() throws Exception {
		assertThat(acceptedOfConcurrent(dataSource, 7, 40)).isEqualTo(7);
	}

	/**
	 * Fires {@code attempts} requests of one new client at once, by turns on two instances of one scope, and
	 * answers how many were accepted.
	 */
	static int acceptedOfConcurrent(DataSource source, int limit, int attempts) throws Exception {
		String scope = UUID.randomUUID().toString();
		MutableClock now = new MutableClock(java.time.Clock.systemUTC());
		List<RateLimiter> instances = List.of(
				new RateLimiters(source, new DataSourceTransactionManager(source), now, scope).limiter("login", limit,
						Duration.ofMinutes(1)),
				new RateLimiters(source, new DataSourceTransactionManager(source), now, scope).limiter("login", limit,
						Duration.ofMinutes(1)));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				RateLimiter instance = instances.get(i % 2);
				Callable<Boolean> attempt = () -> {
					start.await();
					return instance.tryAcquire("198.18.7.7");
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			int accepted = 0;
			for (Future<Boolean> result : results) {
				accepted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			return accepted;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLongKeyIsStoredAsItsDigest() {
		RateLimiter limiter = limiter(1);
		String longKey = "x".repeat(300);
		assertThat(limiter.tryAcquire(longKey)).isTrue();
		assertThat(limiter.tryAcquire(longKey)).isFalse();
		assertThat(RateLimiters.client(longKey)).hasSize(64);
	}

	@Test
	void loginAttemptsPastTheLimitGetHttp429WithoutReachingAuthentication() throws Exception {
		LoginRateLimitFilter filter = new LoginRateLimitFilter(limiter(2));
		int[] statuses = new int[3];
		int reachedChain = 0;
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
			request.setServletPath("/login");
			request.setRemoteAddr("192.0.2.7");
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			filter.doFilter(request, response, chain);
			statuses[i] = response.getStatus();
			reachedChain += chain.getRequest() == null ? 0 : 1;
		}
		assertThat(statuses).containsExactly(200, 200, 429);
		assertThat(reachedChain).isEqualTo(2);
	}

	@Test
	void otherRequestsAreNotCounted() throws Exception {
		LoginRateLimitFilter filter = new LoginRateLimitFilter(limiter(1));
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
			request.setServletPath("/login");
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}
}
