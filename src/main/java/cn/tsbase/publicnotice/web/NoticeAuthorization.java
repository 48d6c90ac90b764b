package cn.tsbase.publicnotice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
