package cn.tsbase.shared.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Puts {@link QuietSessionRepository} in front of the session store that Spring Boot configures (Spring Session JDBC),
 * so that the session filter, the session registry and whoever ends sessions all use it (ADR 0028). The store stays
 * Spring Boot's, with its table, timeout and clean-up; only the write of an unchanged session is left out.
 */
@Component
class QuietSessionStore implements BeanPostProcessor {

	private final Duration granularity;

	QuietSessionStore(@Value("${tsbase.session.last-access-granularity:1m}") Duration granularity) {
		this.granularity = granularity;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcIndexedSessionRepository store) {
			return new QuietSessionRepository(store, granularity);
		}
		return bean;
	}
}
