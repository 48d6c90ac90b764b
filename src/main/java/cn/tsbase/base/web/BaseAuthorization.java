package cn.tsbase.base.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class BaseAuthorization {

	@Bean
	HttpAuthorizationRules baseRules() {
		return registry -> registry.requestMatchers(HttpMethod.GET, "/public/bases", "/api/v1/public/bases",
				"/public/bases/{id:[0-9]+}", "/public/certificates/verify")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/bases", "/bases/export.xlsx")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.GUIDANCE_OFFICER.name(),
					Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/bases/{id:[0-9]+}/certificate.pdf", "/bases/certificates.pdf")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/unit/base", "/unit/base/{id:[0-9]+}/certificate.pdf")
			.hasAnyRole(Role.APPLICANT.name(), Role.LIAISON.name());
	}
}
