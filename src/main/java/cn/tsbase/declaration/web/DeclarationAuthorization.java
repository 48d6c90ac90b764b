package cn.tsbase.declaration.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class DeclarationAuthorization {

	private static final String APPLICANT = Role.APPLICANT.name();
	private static final String LIAISON = Role.LIAISON.name();
	private static final String DISTRICT = Role.DISTRICT_OFFICER.name();
	private static final String IP = Role.IP_OFFICER.name();
	private static final String MUNICIPAL = Role.MUNICIPAL_OFFICER.name();
	private static final String EXPERT = Role.EXPERT.name();

	@Bean
	HttpAuthorizationRules declarationRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.POST, "/calls/{id:[0-9]+}/templates",
					"/calls/{id:[0-9]+}/templates/{attachmentId:[0-9]+}/delete")
			.hasAnyRole(DISTRICT, MUNICIPAL)
			.requestMatchers(HttpMethod.GET, "/calls/{id:[0-9]+}/templates/{attachmentId:[0-9]+}")
			.hasAnyRole(DISTRICT, IP, MUNICIPAL, APPLICANT, LIAISON)
			// an expert only reads what a grant opens to them (DeclarationReadGrants); anything else is "not found"
			.requestMatchers(HttpMethod.GET, "/declarations/{id:[0-9]+}/attachments/{attachmentId:[0-9]+}")
			.hasAnyRole(DISTRICT, IP, MUNICIPAL, APPLICANT, LIAISON, EXPERT)
			.requestMatchers(HttpMethod.POST, "/declarations/{id:[0-9]+}/attachments",
					"/declarations/{id:[0-9]+}/attachments/{attachmentId:[0-9]+}/delete")
			.hasRole(APPLICANT)
			.requestMatchers(HttpMethod.GET, "/calls/new")
			.hasAnyRole(DISTRICT, MUNICIPAL)
			.requestMatchers(HttpMethod.POST, "/calls")
			.hasAnyRole(DISTRICT, MUNICIPAL)
			.requestMatchers(HttpMethod.GET, "/calls", "/calls/{id:[0-9]+}", "/api/v1/calls", "/api/v1/calls/{id:[0-9]+}",
					"/api/v1/declarations", "/api/v1/declarations/{id:[0-9]+}")
			.hasAnyRole(DISTRICT, IP, MUNICIPAL, APPLICANT, LIAISON)
			.requestMatchers(HttpMethod.GET, "/declarations/{id:[0-9]+}/declaration.pdf")
			.hasAnyRole(APPLICANT, LIAISON, DISTRICT, IP, MUNICIPAL)
			.requestMatchers(HttpMethod.GET, "/declarations/{id:[0-9]+}/compare")
			.hasAnyRole(APPLICANT, LIAISON, DISTRICT, IP, MUNICIPAL)
			.requestMatchers(HttpMethod.GET, "/declarations/{id:[0-9]+}/content")
			.hasAnyRole(APPLICANT, LIAISON, DISTRICT, IP, MUNICIPAL, EXPERT)
			.requestMatchers(HttpMethod.GET, "/declarations", "/declarations/{id:[0-9]+}", "/declarations/{id:[0-9]+}/sections/*",
					"/declarations/{id:[0-9]+}/members/template.xlsx")
			.hasAnyRole(APPLICANT, LIAISON)
			.requestMatchers(HttpMethod.POST, "/declarations", "/declarations/{id:[0-9]+}/sections/*",
					"/declarations/{id:[0-9]+}/submit", "/declarations/{id:[0-9]+}/withdraw",
					"/declarations/{id:[0-9]+}/members/import")
			.hasRole(APPLICANT);
	}
}
