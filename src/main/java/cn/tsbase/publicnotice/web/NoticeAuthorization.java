package cn.tsbase.publicnotice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class NoticeAuthorization {

	@Bean
	HttpAuthorizationRules noticeRules() {
		return registry -> registry
			.requestMatchers("/public/ping", "/public/notices", "/public/notices/{id:[0-9]+}",
					"/public/notices/{id:[0-9]+}/objection", "/public/objections/status")
			.permitAll()
			.requestMatchers("/notices", "/notices/**")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers("/verifications", "/verifications/**")
			.hasRole(Role.DISTRICT_OFFICER.name());
	}

	/** The JSON API: the same callers as the pages. */
	@Bean
	HttpAuthorizationRules noticeApiRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/api/v1/public/notices", "/api/v1/public/notices/{id:[0-9]+}")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/public/objections/status")
			.permitAll()
			.requestMatchers("/api/v1/notices", "/api/v1/notices/**", "/api/v1/proposed-lists",
					"/api/v1/publications", "/api/v1/publications/**")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			// scoped in the queries to objections to units of the officer's own district
			.requestMatchers("/api/v1/verifications", "/api/v1/verifications/**")
			.hasRole(Role.DISTRICT_OFFICER.name());
	}
}
