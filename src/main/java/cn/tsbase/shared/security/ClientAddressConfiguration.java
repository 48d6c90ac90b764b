package cn.tsbase.shared.security;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The client address comes from {@link ClientAddressFilter}, ahead of every other filter, with the proxies named in
 * {@code tsbase.security.trusted-proxies} (none by default: then every request's address is its TCP peer).
 * {@code server.forward-headers-strategy} stays {@code none}, so that neither Tomcat nor Spring honours the headers
 * on its own.
 */
@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClientAddressConfiguration.class);

	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(
			@Value("${tsbase.security.trusted-proxies:}") List<String> trustedProxies) {
		TrustedProxies proxies = TrustedProxies.of(trustedProxies);
		log.info(proxies.isEmpty() ? "No trusted proxies: X-Forwarded-For is ignored"
				: "X-Forwarded-For is honoured from the trusted proxies " + proxies);
		FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(
				new ClientAddressFilter(proxies));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		registration.addUrlPatterns("/*");
		return registration;
	}
}
