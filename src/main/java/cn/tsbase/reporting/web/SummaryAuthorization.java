package cn.tsbase.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the annual summaries and escalations: district officers write their own district's (the queries keep
 * them to it) and municipal officers read every district's and decide or answer. Everyone else is refused.
 */
@Configuration(proxyBeanMethods = false)
class SummaryAuthorization {

	private static final String[] READERS = { Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	@Bean
	HttpAuthorizationRules summaryRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/reporting/summaries/archive.zip", "/reporting/summaries/compilation.docx")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/reporting/summaries/deadline")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/reporting/summaries/new", "/reporting/escalations/new")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/reporting/summaries", "/reporting/summaries/{id:[0-9]+}",
					"/reporting/summaries/{id:[0-9]+}/report.docx", "/reporting/summaries/{id:[0-9]+}/report.pdf",
					"/reporting/escalations", "/reporting/escalations/{id:[0-9]+}", "/api/v1/summary-reports",
					"/api/v1/summary-reports/{id:[0-9]+}", "/api/v1/escalations", "/api/v1/escalations/{id:[0-9]+}",
					"/reporting/escalations/{id:[0-9]+}/attachments/{attachmentId:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/reporting/escalations/{id:[0-9]+}/attachments")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/reporting/summaries", "/reporting/summaries/{id:[0-9]+}",
					"/reporting/summaries/{id:[0-9]+}/submit", "/reporting/escalations", "/api/v1/summary-reports",
					"/api/v1/summary-reports/{id:[0-9]+}/submit", "/api/v1/escalations")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.PUT, "/api/v1/summary-reports/{id:[0-9]+}")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/reporting/summaries/{id:[0-9]+}/return",
					"/reporting/summaries/{id:[0-9]+}/accept", "/reporting/escalations/{id:[0-9]+}/answer",
					"/api/v1/summary-reports/{id:[0-9]+}/return", "/api/v1/summary-reports/{id:[0-9]+}/accept",
					"/api/v1/escalations/{id:[0-9]+}/answer")
			.hasRole(Role.MUNICIPAL_OFFICER.name());
	}
}
