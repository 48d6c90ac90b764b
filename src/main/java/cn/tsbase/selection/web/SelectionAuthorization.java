package cn.tsbase.selection.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class SelectionAuthorization {

	@Bean
	HttpAuthorizationRules selectionRules() {
		return registry -> registry.requestMatchers("/selection/candidates", "/selection/candidates/**",
				"/selection/experts", "/selection/experts/**")
			.hasRole(Role.MUNICIPAL_OFFICER.name());
	}
}
