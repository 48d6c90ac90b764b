package cn.tsbase.organization.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class OrganizationAuthorization {

	private static final String[] OFFICERS = { Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(),
			Role.MUNICIPAL_OFFICER.name() };

	@Bean
	HttpAuthorizationRules organizationRules() {
		return registry -> registry.requestMatchers("/register", "/register/check-uscc")
			.anonymous()
			.requestMatchers(HttpMethod.POST, "/api/v1/units")
			.anonymous()
			.requestMatchers(HttpMethod.POST, "/unit/profile")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers(HttpMethod.GET, "/unit/profile/edit")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers(HttpMethod.GET, "/unit/profile")
			.hasAnyRole(Role.APPLICANT.name(), Role.LIAISON.name())
			.requestMatchers("/units", "/units/**", "/api/v1/units")
			.hasAnyRole(OFFICERS)
			.requestMatchers(HttpMethod.GET, "/api/v1/units/*")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name(),
					Role.APPLICANT.name(), Role.LIAISON.name());
	}
}
