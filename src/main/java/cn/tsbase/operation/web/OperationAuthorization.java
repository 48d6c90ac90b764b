package cn.tsbase.operation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the operation pages. The URL rules only sort callers by role; which base each may see is decided in the
 * queries (the unit's own, the district's, all for the municipal bureau), and anything else is "not found".
 */
@Configuration(proxyBeanMethods = false)
class OperationAuthorization {

	private static final String[] READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	private static final String[] UNIT = { Role.APPLICANT.name(), Role.LIAISON.name() };

	private static final String[] MEMBER_READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	@Bean
	HttpAuthorizationRules operationRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/operation/bases", "/operation/bases/{id:[0-9]+}",
					"/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}",
					"/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}/versions/{number:[0-9]+}",
					"/operation/bases/{id:[0-9]+}/activities")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/standards/{standard}",
					"/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}/edit")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/leadership",
					"/operation/bases/{id:[0-9]+}/office", "/operation/bases/{id:[0-9]+}/rules",
					"/operation/bases/{id:[0-9]+}/liaison", "/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}",
					"/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}/submit",
					"/operation/bases/{id:[0-9]+}/activities")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/liaison/confirm",
					"/operation/bases/{id:[0-9]+}/seen", "/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}/return",
					"/operation/bases/{id:[0-9]+}/plans/{year:[0-9]+}/accept", "/operation/plan-filings")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/operation/plan-filings")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			// liaison reports and their problems
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/liaison-reports",
					"/operation/bases/{id:[0-9]+}/liaison-reports/{period}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/liaison-reports/{period}",
					"/operation/bases/{id:[0-9]+}/liaison-reports/{period}/submit")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/liaison-reports/{period}/accept",
					"/operation/bases/{id:[0-9]+}/liaison-reports/{period}/return", "/operation/liaison-schedule",
					"/operation/liaison-problems/{id:[0-9]+}/reply", "/operation/liaison-problems/{id:[0-9]+}/forward")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/operation/liaison-problems/{id:[0-9]+}/close")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/activities/{activityId:[0-9]+}/evidence",
					"/operation/bases/{id:[0-9]+}/activities/{activityId:[0-9]+}/evidence/{attachmentId:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/activities/{activityId:[0-9]+}/evidence",
					"/operation/bases/{id:[0-9]+}/activities/{activityId:[0-9]+}")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/activities/{activityId:[0-9]+}/edit")
			.hasAnyRole(UNIT)
			// the operation's writes as JSON
			.requestMatchers(HttpMethod.POST, "/api/v1/activities", "/api/v1/annual-plans/{id:[0-9]+}/{year:[0-9]+}/submit",
					"/api/v1/liaison-reports/{id:[0-9]+}/{period}/submit")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/api/v1/annual-plans/{id:[0-9]+}/{year:[0-9]+}/accept",
					"/api/v1/annual-plans/{id:[0-9]+}/{year:[0-9]+}/return",
					"/api/v1/liaison-reports/{id:[0-9]+}/{period}/accept",
					"/api/v1/liaison-reports/{id:[0-9]+}/{period}/return")
			.hasRole(Role.DISTRICT_OFFICER.name())
			// the evidence files of the profile's standards
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/evidence/{attachmentId:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/standards/{standard}/evidence",
					"/operation/bases/{id:[0-9]+}/evidence/{attachmentId:[0-9]+}/remove")
			.hasAnyRole(UNIT)
			// zone members: the unit's own people keep them, the district's officers and the municipal bureau read
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/members",
					"/operation/bases/{id:[0-9]+}/members.xlsx", "/operation/bases/{id:[0-9]+}/members/template.xlsx",
					"/api/v1/bases/{id:[0-9]+}/members")
			.hasAnyRole(MEMBER_READERS)
			.requestMatchers(HttpMethod.GET, "/operation/bases/{id:[0-9]+}/members/{memberId:[0-9]+}/edit")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/operation/bases/{id:[0-9]+}/members",
					"/operation/bases/{id:[0-9]+}/members/import",
					"/operation/bases/{id:[0-9]+}/members/{memberId:[0-9]+}",
					"/operation/bases/{id:[0-9]+}/members/{memberId:[0-9]+}/remove")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/api/v1/bases/{id:[0-9]+}/members",
					"/api/v1/bases/{id:[0-9]+}/members/{memberId:[0-9]+}/removal")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.PUT, "/api/v1/bases/{id:[0-9]+}/members/{memberId:[0-9]+}")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.PATCH, "/api/v1/bases/{id:[0-9]+}/members/{memberId:[0-9]+}")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.GET, "/api/v1/bases", "/api/v1/bases/{id:[0-9]+}/profile",
					"/api/v1/annual-plans", "/api/v1/activities")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.GET, "/operation/liaison-reports", "/operation/liaison-problems",
					"/operation/overview", "/operation/overview.xlsx", "/operation/activities",
					"/operation/activities.xlsx", "/api/v1/liaison-reports",
					"/api/v1/liaison-problems")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name());
	}
}
