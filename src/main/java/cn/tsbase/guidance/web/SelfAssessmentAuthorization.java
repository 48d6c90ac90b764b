package cn.tsbase.guidance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the self-assessment pages and API: the units take and share theirs, the district officers read the
 * shared ones (which, is decided in the queries) and add units to the pool, the municipal bureau keeps the
 * questionnaire. The IP office, guidance officers, experts and administrators are refused.
 */
@Configuration(proxyBeanMethods = false)
class SelfAssessmentAuthorization {

	private static final String[] UNIT = { Role.APPLICANT.name(), Role.LIAISON.name() };

	private static final String[] READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name() };

	@Bean
	HttpAuthorizationRules selfAssessmentRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/guidance/self-assessments", "/guidance/self-assessments/{id:[0-9]+}",
					"/api/v1/self-assessments", "/api/v1/self-assessments/{id:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.GET, "/guidance/self-assessments/new")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/guidance/self-assessments",
					"/guidance/self-assessments/{id:[0-9]+}/share", "/guidance/self-assessments/{id:[0-9]+}/unshare",
					"/api/v1/self-assessments", "/api/v1/self-assessments/{id:[0-9]+}/share",
					"/api/v1/self-assessments/{id:[0-9]+}/unshare")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/guidance/self-assessments/{id:[0-9]+}/pool",
					"/api/v1/self-assessments/{id:[0-9]+}/pool")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/guidance/questionnaires", "/guidance/questionnaires/{id:[0-9]+}")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/self-assessments/questionnaire")
			.hasAnyRole(Role.APPLICANT.name(), Role.LIAISON.name(), Role.DISTRICT_OFFICER.name(),
					Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/guidance/questionnaires", "/guidance/questionnaires/{id:[0-9]+}/publish",
					"/guidance/questionnaires/{id:[0-9]+}/questions",
					"/guidance/questionnaires/{id:[0-9]+}/questions/{questionId:[0-9]+}",
					"/guidance/questionnaires/{id:[0-9]+}/questions/{questionId:[0-9]+}/move",
					"/guidance/questionnaires/{id:[0-9]+}/questions/{questionId:[0-9]+}/delete")
			.hasRole(Role.MUNICIPAL_OFFICER.name());
	}
}
