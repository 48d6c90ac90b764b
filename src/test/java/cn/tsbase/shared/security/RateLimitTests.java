package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.tsbase.MutableClock;

class RateLimitTests {

	private final MutableClock clock = new MutableClock(java.time.Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"),
			ZoneId.of("UTC")));

	@Test
	void aKeyOverItsLimitIsRefusedUntilTheWindowMoves() {
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, Duration.ofMinutes(1), clock);
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();

		clock.advance(Duration.ofSeconds(61));

		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

	@Test
	void loginAttemptsPastTheLimitGetHttp429WithoutReachingAuthentication() throws Exception {
		LoginRateLimitFilter filter = new LoginRateLimitFilter(
				new SlidingWindowRateLimiter(2, Duration.ofMinutes(1), clock));
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
		LoginRateLimitFilter filter = new LoginRateLimitFilter(
				new SlidingWindowRateLimiter(1, Duration.ofMinutes(1), clock));
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
			request.setServletPath("/login");
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}
}
