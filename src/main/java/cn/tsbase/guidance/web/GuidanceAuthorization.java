package cn.tsbase.guidance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the guidance pages and API. The URL rules sort callers by role; what each sees is decided in the
 * queries (the district's, the unit's own, the units assigned to the officer, all for the municipal bureau).
 */
@Configuration(proxyBeanMethods = false)
class GuidanceAuthorization {

	private static final String DISTRICT = Role.DISTRICT_OFFICER.name();

	private static final String GUIDE = Role.GUIDANCE_OFFICER.name();

	private static final String[] UNIT = { Role.APPLICANT.name(), Role.LIAISON.name() };

	private static final String[] OVERSEERS = { DISTRICT, Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	private static final String[] EVERYONE_CONCERNED = { DISTRICT, Role.IP_OFFICER.name(),
			Role.MUNICIPAL_OFFICER.name(), GUIDE, Role.APPLICANT.name(), Role.LIAISON.name() };

	@Bean
	HttpAuthorizationRules guidanceRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/guidance/workbench")
			.hasRole(GUIDE)
			.requestMatchers(HttpMethod.GET, "/guidance/officers", "/api/v1/guidance-officers")
			.hasAnyRole(OVERSEERS)
			.requestMatchers(HttpMethod.GET, "/guidance/officers/{id:[0-9]+}", "/api/v1/guidance-officers/{id:[0-9]+}")
			.hasAnyRole(OVERSEERS)
			.requestMatchers(HttpMethod.POST, "/guidance/officers", "/guidance/officers/{id:[0-9]+}/bases",
					"/guidance/officers/{id:[0-9]+}/units",
					"/guidance/officers/{id:[0-9]+}/assignments/{assignmentId:[0-9]+}/end",
					"/guidance/requests/{id:[0-9]+}/assign", "/api/v1/guidance-officers",
					"/api/v1/guidance-officers/{id:[0-9]+}/bases", "/api/v1/guidance-officers/{id:[0-9]+}/units",
					"/api/v1/guidance-officers/{id:[0-9]+}/assignments/{assignmentId:[0-9]+}/end",
					"/api/v1/guidance-requests/{id:[0-9]+}/assign")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.GET, "/guidance/requests", "/guidance/requests/{id:[0-9]+}",
					"/api/v1/guidance-requests", "/api/v1/guidance-requests/{id:[0-9]+}", "/guidance/visits", "/guidance/visits/{id:[0-9]+}",
					"/api/v1/guidance-visits", "/api/v1/guidance-visits/{id:[0-9]+}", "/guidance/follow-ups",
					"/guidance/visits/{id:[0-9]+}/evidence/{attachmentId:[0-9]+}",
					"/api/v1/guidance-visits/{id:[0-9]+}/evidence")
			.hasAnyRole(EVERYONE_CONCERNED)
			.requestMatchers(HttpMethod.POST, "/guidance/requests", "/api/v1/guidance-requests",
					"/guidance/visits/{id:[0-9]+}/confirm",
					"/guidance/visits/{id:[0-9]+}/comment", "/guidance/follow-ups/{id:[0-9]+}/report",
					"/api/v1/guidance-visits/{id:[0-9]+}/confirm", "/api/v1/guidance-visits/{id:[0-9]+}/comment",
					"/api/v1/guidance-follow-ups/{id:[0-9]+}/report")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.GET, "/guidance/pool", "/guidance/pool/export.xlsx", "/api/v1/cultivation-pool",
					"/api/v1/cultivation-pool/{id:[0-9]+}")
			.hasAnyRole(OVERSEERS)
			.requestMatchers(HttpMethod.POST, "/guidance/pool", "/guidance/pool/invitations", "/api/v1/cultivation-pool",
					"/api/v1/cultivation-pool/invitations", "/guidance/pool/{id:[0-9]+}",
					"/guidance/pool/{id:[0-9]+}/removal")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.PUT, "/api/v1/cultivation-pool/{id:[0-9]+}")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/cultivation-pool/{id:[0-9]+}")
			.hasRole(DISTRICT)
			.requestMatchers(HttpMethod.GET, "/guidance/visits/new")
			.hasRole(GUIDE)
			.requestMatchers(HttpMethod.POST, "/guidance/visits", "/guidance/visits/{id:[0-9]+}/evidence",
					"/api/v1/guidance-visits/{id:[0-9]+}/evidence",
					"/guidance/follow-ups/{id:[0-9]+}/close",
					"/guidance/follow-ups/{id:[0-9]+}/reopen", "/api/v1/guidance-visits",
					"/api/v1/guidance-follow-ups/{id:[0-9]+}/close", "/api/v1/guidance-follow-ups/{id:[0-9]+}/reopen")
			.hasRole(GUIDE);
	}
}
