package cn.tsbase.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;

@Configuration(proxyBeanMethods = false)
class SharedAuthorization {

	@Bean
	HttpAuthorizationRules sharedRules() {
		// the API documentation exists only where a profile turns it on (demo), and is public there
		return registry -> registry.requestMatchers("/", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**", "/public/ready")
			.permitAll();
	}
}
