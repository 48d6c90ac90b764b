package cn.tsbase;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test support beans: a clock that tests can move (lockout expiry, session life, password age). */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Clock.systemUTC());
	}
}
