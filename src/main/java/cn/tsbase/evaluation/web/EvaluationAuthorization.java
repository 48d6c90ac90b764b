package cn.tsbase.evaluation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

/**
 * Who may call the evaluation pages and API. The URL rules sort callers by role; which evaluation each may see is
 * decided in the queries (the unit's own, the district's, all for the municipal bureau), anything else is 404.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAuthorization {

	private static final String[] OFFICERS = { Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(),
			Role.MUNICIPAL_OFFICER.name() };

	private static final String[] READERS = { Role.APPLICANT.name(), Role.LIAISON.name(),
			Role.DISTRICT_OFFICER.name(), Role.IP_OFFICER.name(), Role.MUNICIPAL_OFFICER.name() };

	private static final String[] UNIT = { Role.APPLICANT.name(), Role.LIAISON.name() };

	@Bean
	HttpAuthorizationRules evaluationRules() {
		return registry -> registry
			.requestMatchers(HttpMethod.GET, "/evaluation/indicator-systems", "/evaluation/indicator-systems/{id:[0-9]+}",
					"/evaluation/rounds", "/evaluation/rounds/{id:[0-9]+}", "/evaluation/rounds/{id:[0-9]+}/notice.pdf",
					"/evaluation/rounds/{id:[0-9]+}/figures.xlsx", "/evaluation/rounds/{id:[0-9]+}/notice.docx",
					"/api/v1/indicator-systems", "/api/v1/indicator-systems/{id:[0-9]+}", "/api/v1/evaluation-rounds",
					"/api/v1/evaluation-rounds/{id:[0-9]+}")
			.hasAnyRole(OFFICERS)
			.requestMatchers(HttpMethod.GET, "/evaluation/indicator-systems/{id:[0-9]+}/indicators/{code}")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/indicator-systems",
					"/evaluation/indicator-systems/{id:[0-9]+}/copy", "/evaluation/indicator-systems/{id:[0-9]+}/grading",
					"/evaluation/indicator-systems/{id:[0-9]+}/indicators/{code}",
					"/evaluation/indicator-systems/{id:[0-9]+}/indicators", "/evaluation/rounds",
					"/evaluation/rounds/{id:[0-9]+}/grading", "/evaluation/rounds/{id:[0-9]+}/publish",
					"/evaluation/rounds/{id:[0-9]+}/missed-self-rule",
					"/evaluation/evaluations/{id:[0-9]+}/site-check", "/evaluation/evaluations/{id:[0-9]+}/adjust")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/evaluation/evaluations", "/evaluation/evaluations/{id:[0-9]+}",
					"/api/v1/evaluations", "/api/v1/evaluations/{id:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.GET, "/evaluation/evaluations/{id:[0-9]+}/evidence/{attachmentId:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/evaluation/evaluations/{id:[0-9]+}/co-review")
			.hasRole(Role.IP_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/evaluations/{id:[0-9]+}/self",
					"/evaluation/evaluations/{id:[0-9]+}/self/submit", "/evaluation/evaluations/{id:[0-9]+}/evidence")
			.hasAnyRole(UNIT)
			.requestMatchers(HttpMethod.POST, "/evaluation/evaluations/{id:[0-9]+}/scores",
					"/evaluation/evaluations/{id:[0-9]+}/supplement", "/evaluation/evaluations/{id:[0-9]+}/propose")
			.hasRole(Role.DISTRICT_OFFICER.name())
			// rectification (整改): the district orders and decides, the base answers, everyone in scope reads
			.requestMatchers(HttpMethod.GET, "/evaluation/rectifications", "/evaluation/rectifications/{id:[0-9]+}",
					"/evaluation/rectifications/{id:[0-9]+}/files/{attachmentId:[0-9]+}", "/api/v1/rectifications",
					"/api/v1/rectifications/{id:[0-9]+}", "/evaluation/revocations",
					"/evaluation/revocations/{id:[0-9]+}", "/api/v1/revocations", "/api/v1/revocations/{id:[0-9]+}")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/evaluation/evaluations/{id:[0-9]+}/rectification",
					"/evaluation/rectifications/{id:[0-9]+}/issue", "/evaluation/rectifications/{id:[0-9]+}/accept",
					"/evaluation/rectifications/{id:[0-9]+}/reject", "/api/v1/rectifications/{id:[0-9]+}/accept",
					"/api/v1/rectifications/{id:[0-9]+}/reject")
			.hasRole(Role.DISTRICT_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/rectifications/{id:[0-9]+}/progress",
					"/evaluation/rectifications/{id:[0-9]+}/files", "/evaluation/rectifications/{id:[0-9]+}/submit",
					"/evaluation/revocations/{id:[0-9]+}/response", "/evaluation/withdrawals",
					"/api/v1/rectifications/{id:[0-9]+}/progress", "/api/v1/rectifications/{id:[0-9]+}/submit",
					"/api/v1/revocations/{id:[0-9]+}/response")
			.hasAnyRole(UNIT)
			// revocation (摘牌): grounds flagged to the officers, the municipal bureau proposes and decides
			.requestMatchers(HttpMethod.GET, "/evaluation/revocation-triggers")
			.hasAnyRole(OFFICERS)
			.requestMatchers(HttpMethod.POST, "/evaluation/revocation-triggers")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/evaluation/revocations/new")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/revocations", "/evaluation/revocations/{id:[0-9]+}/decision",
					"/evaluation/revocations/{id:[0-9]+}/drop", "/api/v1/revocations",
					"/api/v1/revocations/{id:[0-9]+}/decision", "/api/v1/revocations/{id:[0-9]+}/drop")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			// results year over year: the table for the officers (scoped in the query), one base's years for all
			.requestMatchers(HttpMethod.GET, "/evaluation/history", "/evaluation/history.xlsx",
					"/api/v1/evaluation-history")
			.hasAnyRole(OFFICERS)
			.requestMatchers(HttpMethod.GET, "/api/v1/evaluation-history/{baseId:[0-9]+}",
					"/evaluation/bases/{baseId:[0-9]+}/history", "/evaluation/bases/{baseId:[0-9]+}/history.xlsx")
			.hasAnyRole(READERS)
			// national pilot dossiers: the bureau builds and recommends, the district reads its own and applies
			.requestMatchers(HttpMethod.GET, "/evaluation/pilot-dossiers", "/evaluation/pilot-dossiers/{id:[0-9]+}",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/dossier.pdf", "/evaluation/pilot-dossiers/{id:[0-9]+}/dossier.docx",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/files/{attachmentId:[0-9]+}", "/api/v1/pilot-dossiers",
					"/api/v1/pilot-dossiers/{id:[0-9]+}")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/evaluation/pilot-dossiers/ranking", "/api/v1/pilot-dossiers/ranking",
					"/api/v1/pilot-dossiers/letters/{year:[0-9]+}",
					"/evaluation/pilot-letters/{id:[0-9]+}/letter.pdf", "/evaluation/pilot-letters/{id:[0-9]+}/letter.docx")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/pilot-dossiers", "/evaluation/pilot-dossiers/{id:[0-9]+}/reason",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/recommend", "/evaluation/pilot-dossiers/{id:[0-9]+}/scores",
					"/evaluation/pilot-letters", "/api/v1/pilot-dossiers/{id:[0-9]+}/scores", "/api/v1/pilot-dossiers/letters",
					"/api/v1/pilot-dossiers", "/api/v1/pilot-dossiers/{id:[0-9]+}/reason",
					"/api/v1/pilot-dossiers/{id:[0-9]+}/recommend")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/pilot-dossiers/{id:[0-9]+}/statement",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/cases", "/evaluation/pilot-dossiers/{id:[0-9]+}/work-plan",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/work-plan/file", "/evaluation/pilot-dossiers/{id:[0-9]+}/results",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/results/{attachmentId:[0-9]+}/remove",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/attachments",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/attachments/{attachmentId:[0-9]+}/remove",
					"/evaluation/pilot-dossiers/{id:[0-9]+}/submit", "/api/v1/pilot-dossiers/{id:[0-9]+}/work-plan",
					"/api/v1/pilot-dossiers/{id:[0-9]+}/submit", "/api/v1/pilot-dossiers/{id:[0-9]+}/statement",
					"/api/v1/pilot-dossiers/{id:[0-9]+}/cases")
			.hasRole(Role.DISTRICT_OFFICER.name())
			// the districts' pilots: the bureau records the stages and decides on reports, the district reports
			.requestMatchers(HttpMethod.GET, "/evaluation/pilots", "/evaluation/pilots/{id:[0-9]+}",
					"/evaluation/pilot-reports/{id:[0-9]+}/files/{attachmentId:[0-9]+}", "/api/v1/district-pilots",
					"/api/v1/district-pilots/{id:[0-9]+}")
			.hasAnyRole(Role.DISTRICT_OFFICER.name(), Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/pilots/{id:[0-9]+}/stages",
					"/evaluation/pilot-reports/{id:[0-9]+}/accept", "/evaluation/pilot-reports/{id:[0-9]+}/return",
					"/api/v1/district-pilots/{id:[0-9]+}/stages", "/api/v1/district-pilots/reports/{reportId:[0-9]+}/accept",
					"/api/v1/district-pilots/reports/{reportId:[0-9]+}/return")
			.hasRole(Role.MUNICIPAL_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/evaluation/pilots/{id:[0-9]+}/reports",
					"/evaluation/pilot-reports/{id:[0-9]+}/revise", "/evaluation/pilot-reports/{id:[0-9]+}/files",
					"/api/v1/district-pilots/{id:[0-9]+}/reports", "/api/v1/district-pilots/reports/{reportId:[0-9]+}/revise")
			.hasRole(Role.DISTRICT_OFFICER.name());
	}
}
