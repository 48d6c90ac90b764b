package cn.tsbase.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class ReportingAuthorization {

	@Bean
	HttpAuthorizationRules reportingRules() {
		return registry -> registry.requestMatchers(HttpMethod.GET, "/public/statistics", "/api/v1/public/statistics")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/reporting/dashboard", "/reporting/dashboard/export.xlsx",
					"/reporting/trends", "/reporting/trends/export.xlsx",
					"/api/v1/statistics/funnel", "/api/v1/statistics/bases", "/api/v1/statistics/figures",
					"/api/v1/statistics/figures/*", "/api/v1/statistics/district-bases")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name());
	}
}
