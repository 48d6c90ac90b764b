package cn.tsbase.casework.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the casework pages. Incidents and unpublished cases: the unit's people, district officers and the
 * municipal bureau (which incident or case each sees is decided in the queries; anything else is "not found"); guidance
 * officers read the incidents of the units assigned to them, propose them as typical cases and write cases of their own. The IP office, experts and administrators are refused. The
 * public case library needs no login.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkAuthorization {

	private static final String[] UNIT = { Role.APPLICANT.name(), Role.LIAISON.name() };

	private static final String[] INCIDENT_READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name(), Role.GUIDANCE_OFFICER.name() };

	private static final String[] AUTHORS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name() };

	private static final String[] CASE_READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name(), Role.GUIDANCE_OFFICER.name() };

	private static final String[] CASE_AUTHORS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.GUIDANCE_OFFICER.name() };

	private static final String[] REVIEWERS = { Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	@Bean
	HttpAuthorizationRules caseworkRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/public/cases", "/public/cases/{id:[0-9]+}", "/api/v1/public/cases",
					"/api/v1/public/cases/{id:[0-9]+}")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/casework/incidents", "/casework/incidents/{id:[0-9]+}",
					"/casework/incidents/{id:[0-9]+}/evidence/{attachmentId:[0-9]+}", "/api/v1/incidents",
					"/api/v1/incidents/{id:[0-9]+}", "/api/v1/incidents/{id:[0-9]+}/evidence")
			.hasAnyRole(INCIDENT_READERS)
			.requestMatchers(HttpMethod.GET, "/casework/cases",
					"/casework/cases/{id:[0-9]+}", "/casework/cases/{id:[0-9]+}/attachments/{attachmentId:[0-9]+}",
					"/api/v1/cases", "/api/v1/cases/{id:[0-9]+}", "/api/v1/cases/{id:[0-9]+}/attachments")
			.hasAnyRole(CASE_READERS)
			.requestMatchers(HttpMethod.GET, "/casework/incidents/new")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/casework/incidents", "/api/v1/incidents")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/casework/incidents/{id:[0-9]+}/evidence",
					"/api/v1/incidents/{id:[0-9]+}/evidence")
			.hasAnyRole(AUTHORS)
			.requestMatchers(HttpMethod.POST, "/casework/incidents/{id:[0-9]+}/response",
					"/casework/incidents/{id:[0-9]+}/close", "/api/v1/incidents/{id:[0-9]+}/response",
					"/api/v1/incidents/{id:[0-9]+}/close")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/casework/incidents/{id:[0-9]+}/case", "/api/v1/incidents/{id:[0-9]+}/case")
			.hasAnyRole(CASE_AUTHORS)
			.requestMatchers(HttpMethod.GET, "/casework/cases/new", "/casework/cases/{id:[0-9]+}/edit")
			.hasAnyRole(CASE_AUTHORS)
			.requestMatchers(HttpMethod.POST, "/casework/cases", "/casework/cases/{id:[0-9]+}",
					"/casework/cases/{id:[0-9]+}/desensitise", "/casework/cases/{id:[0-9]+}/submit",
					"/casework/cases/{id:[0-9]+}/attachments", "/api/v1/cases/{id:[0-9]+}/attachments", "/api/v1/cases",
					"/api/v1/cases/{id:[0-9]+}/submit")
			.hasAnyRole(CASE_AUTHORS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/cases/{id:[0-9]+}")
			.hasAnyRole(CASE_AUTHORS)
			.requestMatchers(HttpMethod.POST, "/casework/cases/{id:[0-9]+}/approve",
					"/casework/cases/{id:[0-9]+}/reject", "/api/v1/cases/{id:[0-9]+}/approve",
					"/api/v1/cases/{id:[0-9]+}/reject")
			.hasAnyRole(REVIEWERS);
	}
}
