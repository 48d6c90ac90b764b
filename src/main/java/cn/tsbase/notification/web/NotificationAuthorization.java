package cn.tsbase.notification.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;

@Configuration(proxyBeanMethods = false)
class NotificationAuthorization {

	@Bean
	HttpAuthorizationRules notificationRules() {
		// everyone logged in has notifications; each sees only their own (scoped in the queries)
		return registry -> registry.requestMatchers("/notifications", "/notifications/**").authenticated();
	}
}
