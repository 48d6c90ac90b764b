package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tsbase.IntegrationTest;

/**
 * On the test database (H2, or PostgreSQL with {@code -Ppostgres}): requests of one client fired at once on two
 * instances' limiters are accepted exactly up to the limit — the row lock serialises the instances' counts.
 */
@IntegrationTest
class SharedRateLimitTests {

	@Autowired
	DataSource dataSource;

	@Test
	void concurrentRequestsOnTwoInstancesGetExactlyTheLimit() throws Exception {
		assertThat(RateLimitTests.acceptedOfConcurrent(dataSource, 5, 30)).isEqualTo(5);
	}
}
