package cn.tsbase.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;

@Configuration(proxyBeanMethods = false)
class SharedAuthorization {

	@Bean
	HttpAuthorizationRules sharedRules() {
		return registry -> registry.requestMatchers("/").permitAll();
	}
}
