package cn.tsbase;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test support beans: a clock that tests can move (lockout expiry, session life, password age), and the data source
 * wrapped so that {@link StatementCounter} counts every statement a request sends.
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Clock.systemUTC());
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return StatementCounter.dataSourceWrapper();
	}
}
