package cn.tsbase.districtreview.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class ReviewAuthorization {

	private static final String DISTRICT = Role.DISTRICT_OFFICER.name();
	private static final String IP = Role.IP_OFFICER.name();
	private static final String MUNICIPAL = Role.MUNICIPAL_OFFICER.name();

	@Bean
	HttpAuthorizationRules reviewRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/review/declarations", "/review/declarations/{id:[0-9]+}",
					"/review/declarations/export.xlsx", "/api/v1/declarations/{id:[0-9]+}/review")
			.hasAnyRole(DISTRICT, IP)
			.requestMatchers(HttpMethod.POST, "/review/declarations/{id:[0-9]+}/comments")
			.hasAnyRole(DISTRICT, IP)
			.requestMatchers(HttpMethod.POST, "/review/declarations/{id:[0-9]+}/scores",
					"/review/declarations/{id:[0-9]+}/decision", "/review/declarations/{id:[0-9]+}/return",
					"/api/v1/declarations/{id:[0-9]+}/decision")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.GET, "/review/calls/{callId:[0-9]+}/recommendation",
					"/review/calls/{callId:[0-9]+}/criteria")
			.hasAnyRole(DISTRICT, IP)
			.requestMatchers(HttpMethod.POST, "/review/calls/{callId:[0-9]+}/recommendation",
					"/review/calls/{callId:[0-9]+}/criteria")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.GET, "/review/recommendations", "/review/recommendations/{id:[0-9]+}",
					"/review/recommendations/{id:[0-9]+}/letter.pdf", "/review/recommendations/{id:[0-9]+}/list.xlsx",
					"/review/recommendations/export.xlsx")
			.hasAnyRole(DISTRICT, IP, MUNICIPAL);
	}
}
