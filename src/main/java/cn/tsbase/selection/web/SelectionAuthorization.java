package cn.tsbase.selection.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class SelectionAuthorization {

	@Bean
	HttpAuthorizationRules selectionRules() {
		return registry -> registry
			.requestMatchers("/selection/candidates", "/selection/candidates/**", "/selection/experts",
					"/selection/experts/**", "/selection/rounds", "/selection/rounds/**", "/selection/rubrics",
					"/selection/rubrics/**", "/api/v1/selection/rounds", "/api/v1/selection/rounds/**")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			// an expert's own work; the queries behind these paths are scoped to the expert's released assignments
			.requestMatchers("/selection/reviews", "/selection/reviews/**", "/api/v1/selection/my/**")
			.hasRole(Role.EXPERT.name());
	}
}
