package cn.tsbase.security;

import static cn.tsbase.security.SecurityFixtures.XICHENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The authorization matrix (SECURITY.md, access control): every endpoint of every handler mapping × every kind of
 * caller → allowed or denied. A new endpoint fails this test until it is added to {@link #MATRIX}; an entry for an
 * endpoint that no longer exists fails it too; and each call is made as each caller and compared with the matrix.
 * <p>
 * A call counts as <em>denied</em> when it answers 401, 403, or (for the anonymous caller) redirects to the login
 * page; anything else (200, 302 elsewhere, 400, 404, 409, 422, ...) means the request got past access control.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/** Who calls: nobody logged in, a logged-in account without roles, or an account holding one role. */
	record Caller(String label, Role role, boolean anonymous) {

		static Caller anonymousCaller() {
			return new Caller("ANONYMOUS", null, true);
		}

		static Caller noRole() {
			return new Caller("NO_ROLE", null, false);
		}

		static Caller of(Role role) {
			return new Caller(role.name(), role, false);
		}

		static List<Caller> all() {
			List<Caller> callers = new ArrayList<>();
			callers.add(anonymousCaller());
			callers.add(noRole());
			Arrays.stream(Role.values()).map(Caller::of).forEach(callers::add);
			return callers;
		}

		@Override
		public String toString() {
			return label;
		}
	}

	/** Who may call an endpoint. */
	record Access(String label, Kind kind, Set<Role> roles) {

		enum Kind {
			PUBLIC, ANONYMOUS_ONLY, AUTHENTICATED, ROLES
		}

		boolean allows(Caller caller) {
			return switch (kind) {
				case PUBLIC -> true;
				case ANONYMOUS_ONLY -> caller.anonymous();
				case AUTHENTICATED -> !caller.anonymous();
				case ROLES -> caller.role() != null && roles.contains(caller.role());
			};
		}

		@Override
		public String toString() {
			return label;
		}
	}

	/** An endpoint as the handler mappings declare it; method "*" for a mapping that accepts every method. */
	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			int byPattern = pattern.compareTo(other.pattern);
			return byPattern != 0 ? byPattern : method.compareTo(other.method);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	static final Access PUBLIC = new Access("PUBLIC", Access.Kind.PUBLIC, Set.of());

	static final Access ANONYMOUS_ONLY = new Access("ANONYMOUS_ONLY", Access.Kind.ANONYMOUS_ONLY, Set.of());

	static final Access AUTHENTICATED = new Access("AUTHENTICATED", Access.Kind.AUTHENTICATED, Set.of());

	/** Denied to every caller: mapped, but no rule opens it (deny by default). */
	static final Access NOBODY = new Access("NOBODY", Access.Kind.ROLES, Set.of());

	static Access only(Role... roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(Arrays.asList(roles));
		return new Access(set.toString(), Access.Kind.ROLES, set);
	}

	static final Access OFFICERS = only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.MUNICIPAL_OFFICER);

	static final Access OFFICERS_AND_UNIT = only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.MUNICIPAL_OFFICER,
			Role.APPLICANT, Role.LIAISON);

	static final Access OFFICERS_UNIT_AND_EXPERT = only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
			Role.MUNICIPAL_OFFICER, Role.APPLICANT, Role.LIAISON, Role.EXPERT);

	static final Access SYSTEM_ADMIN = only(Role.SYSTEM_ADMIN);

	static final Access SECURITY_ADMIN = only(Role.SECURITY_ADMIN);

	static final Access AUDIT_ADMIN = only(Role.AUDIT_ADMIN);

	/** The expectation table: every endpoint of the platform and who may call it. */
	static final Map<Endpoint, Access> MATRIX = matrix(
			// shared: the start page and the error page
			row("GET", "/", PUBLIC),
			row("*", "/error", PUBLIC),

			// account: login, own password, own identity
			row("GET", "/login", PUBLIC),
			row("GET", "/password-reset", PUBLIC),
			row("POST", "/password-reset", PUBLIC),
			row("GET", "/account/password", AUTHENTICATED),
			row("POST", "/account/password", AUTHENTICATED),
			row("GET", "/account/second-factor", AUTHENTICATED),
			row("POST", "/account/second-factor", AUTHENTICATED),
			row("GET", "/login/second-factor", AUTHENTICATED),
			row("POST", "/login/second-factor", AUTHENTICATED),
			row("GET", "/api/v1/me", AUTHENTICATED),

			// account: the system administrator's account management
			row("GET", "/admin/accounts", SYSTEM_ADMIN),
			row("POST", "/admin/accounts", SYSTEM_ADMIN),
			row("GET", "/admin/accounts/new", SYSTEM_ADMIN),
			row("GET", "/admin/accounts/{id}", SYSTEM_ADMIN),
			row("POST", "/admin/accounts/{id}/disable", SYSTEM_ADMIN),
			row("POST", "/admin/accounts/{id}/enable", SYSTEM_ADMIN),
			row("POST", "/admin/accounts/{id}/reset-password", SYSTEM_ADMIN),
			row("POST", "/admin/accounts/{id}/second-factor-removal", SYSTEM_ADMIN),

			// account: the security administrator's role grants and unlocking
			row("GET", "/security/accounts", SECURITY_ADMIN),
			row("GET", "/security/accounts/{id}", SECURITY_ADMIN),
			row("POST", "/security/accounts/{id}/roles", SECURITY_ADMIN),
			row("POST", "/security/accounts/{id}/unlock", SECURITY_ADMIN),
			row("GET", "/security/second-factor-removals", SECURITY_ADMIN),
			row("POST", "/security/second-factor-removals/{id}/approve", SECURITY_ADMIN),
			row("POST", "/security/second-factor-removals/{id}/reject", SECURITY_ADMIN),

			// referencedata: the system administrator
			row("GET", "/admin/reference", SYSTEM_ADMIN),
			row("POST", "/admin/reference", SYSTEM_ADMIN),
			row("GET", "/admin/reference/new", SYSTEM_ADMIN),
			row("GET", "/admin/reference/{id}/edit", SYSTEM_ADMIN),
			row("POST", "/admin/reference/{id}", SYSTEM_ADMIN),

			// selection: the municipal bureau collects, pre-reviews and keeps the expert pool
			row("GET", "/selection/candidates", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/candidates/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/candidates/export.xlsx", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/candidates/{id}/pre-review", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/experts", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/experts", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/experts/new", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/experts/{id}/edit", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/experts/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/experts/template.xlsx", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/experts/import", only(Role.MUNICIPAL_OFFICER)),
			// selection: the expert review, run by the municipal bureau (rounds, rubrics, exports, the JSON API)
			row("GET", "/selection/rounds", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/new", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/settings", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/experts", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/conflicts", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}/assignments", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/assignments", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/assignments/auto", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/assignments/{assignmentId}/remove", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/assignments/{assignmentId}/reopen", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/release", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}/results", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/candidates/{candidateId}/site-visit", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rounds/{id}/decision/preview", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}/scores.xlsx", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rounds/{id}/ranking.pdf", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rubrics", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/selection/rubrics", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rubrics/new", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/selection/rubrics/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/selection/rounds", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/selection/rounds/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/selection/rounds/{id}/assignments", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/selection/rounds/{id}/assignments", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/selection/rounds/{id}/assignments/auto", only(Role.MUNICIPAL_OFFICER)),
			row("DELETE", "/api/v1/selection/rounds/{id}/assignments/{assignmentId}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/selection/rounds/{id}/release", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/selection/rounds/{id}/results", only(Role.MUNICIPAL_OFFICER)),
			// selection: the expert's own review work (scoped in the queries to their released assignments)
			row("GET", "/selection/reviews", only(Role.EXPERT)),
			row("GET", "/selection/reviews/{id}", only(Role.EXPERT)),
			row("POST", "/selection/reviews/{id}/conflict-declaration", only(Role.EXPERT)),
			row("POST", "/selection/reviews/{id}/score", only(Role.EXPERT)),
			row("GET", "/api/v1/selection/my/assignments", only(Role.EXPERT)),
			row("GET", "/api/v1/selection/my/assignments/{id}", only(Role.EXPERT)),
			row("POST", "/api/v1/selection/my/assignments/{id}/conflict-declaration", only(Role.EXPERT)),
			row("PUT", "/api/v1/selection/my/assignments/{id}/score", only(Role.EXPERT)),

			// publicnotice: the public pages, without login
			row("GET", "/public/ping", PUBLIC),
			// shared: the readiness probe
			row("GET", "/public/ready", PUBLIC),
			row("GET", "/public/notices", PUBLIC),
			row("GET", "/public/notices/{id}", PUBLIC),
			row("GET", "/public/notices/{id}/objection", PUBLIC),
			row("POST", "/public/notices/{id}/objection", PUBLIC),
			row("GET", "/public/objections/status", PUBLIC),
			row("POST", "/public/objections/status", PUBLIC),
			// publicnotice: the municipal bureau runs the notice; a district verifies objections
			row("GET", "/notices", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/new", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/last-day", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/objections.xlsx", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/text", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/replacement", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/replacement", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/objections/{objectionId}", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/objections/{objectionId}/evidence/{attachmentId}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/objections/{objectionId}/verification", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/objections/{objectionId}/investigation", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/objections/{objectionId}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/notices/{id}/publication", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/document.pdf", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/notices/{id}/document.docx", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/verifications", only(Role.DISTRICT_OFFICER)),
			row("GET", "/verifications/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/verifications/{id}", only(Role.DISTRICT_OFFICER)),
			row("GET", "/verifications/{id}/evidence/{attachmentId}", only(Role.DISTRICT_OFFICER)),
			// publicnotice: the JSON API, with the same callers as the pages
			row("GET", "/api/v1/public/notices", PUBLIC),
			row("GET", "/api/v1/public/notices/{id}", PUBLIC),
			row("POST", "/api/v1/public/objections/status", PUBLIC),
			row("GET", "/api/v1/proposed-lists", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/notices", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/notices/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("PUT", "/api/v1/notices/{id}/text", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices/{id}/replacement", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/notices/{id}/objections", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/notices/{id}/objections/{objectionId}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices/{id}/objections/{objectionId}/verification", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices/{id}/objections/{objectionId}/investigation", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices/{id}/objections/{objectionId}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/notices/{id}/publication", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/publications", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/publications/{id}", only(Role.MUNICIPAL_OFFICER)),
			// publicnotice: a district's verifications (scoped in the queries to the officer's district)
			row("GET", "/api/v1/verifications", only(Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/verifications/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/verifications/{id}/findings", only(Role.DISTRICT_OFFICER)),

			// base: the public list, the district's list, the unit's own base and certificate
			row("GET", "/public/bases", PUBLIC),
			row("GET", "/api/v1/public/bases", PUBLIC),
			row("GET", "/bases", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.GUIDANCE_OFFICER,
					Role.MUNICIPAL_OFFICER)),
			row("GET", "/bases/export.xlsx", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.GUIDANCE_OFFICER,
					Role.MUNICIPAL_OFFICER)),
			row("GET", "/bases/{id}/certificate.pdf", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/bases/certificates.pdf", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/unit/base", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/unit/base/{id}/certificate.pdf", only(Role.APPLICANT, Role.LIAISON)),

			// operation: base profiles, annual plans and activities; which base each caller sees is scoped in the
			// queries (the unit's own, the district's, all for the city), the rest is 404
			row("GET", "/operation/bases", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}/standards/{standard}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/leadership", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/office", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/rules", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/liaison", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/liaison/confirm", only(Role.DISTRICT_OFFICER)),
			row("POST", "/operation/bases/{baseId}/seen", only(Role.DISTRICT_OFFICER)),
			row("GET", "/operation/plan-filings", OFFICERS),
			row("POST", "/operation/plan-filings", only(Role.DISTRICT_OFFICER)),
			row("GET", "/operation/bases/{baseId}/plans/{year}", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}/plans/{year}/versions/{number}", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}/plans/{year}/edit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/plans/{year}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/plans/{year}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/plans/{year}/return", only(Role.DISTRICT_OFFICER)),
			row("POST", "/operation/bases/{baseId}/plans/{year}/accept", only(Role.DISTRICT_OFFICER)),
			row("GET", "/operation/bases/{baseId}/activities", OFFICERS_AND_UNIT),
			row("POST", "/operation/bases/{baseId}/activities", only(Role.APPLICANT, Role.LIAISON)),
			// op1: liaison reports and problems (scoped in the queries like the rest of operation)
			row("GET", "/operation/liaison-reports", OFFICERS),
			row("POST", "/operation/liaison-schedule", only(Role.DISTRICT_OFFICER)),
			row("GET", "/operation/bases/{baseId}/liaison-reports", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}/liaison-reports/{period}", OFFICERS_AND_UNIT),
			row("POST", "/operation/bases/{baseId}/liaison-reports/{period}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/liaison-reports/{period}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/liaison-reports/{period}/accept", only(Role.DISTRICT_OFFICER)),
			row("POST", "/operation/bases/{baseId}/liaison-reports/{period}/return", only(Role.DISTRICT_OFFICER)),
			row("GET", "/operation/liaison-problems", OFFICERS),
			row("POST", "/operation/liaison-problems/{id}/reply", only(Role.DISTRICT_OFFICER)),
			row("POST", "/operation/liaison-problems/{id}/forward", only(Role.DISTRICT_OFFICER)),
			row("POST", "/operation/liaison-problems/{id}/close", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/operation/overview", OFFICERS),
			row("GET", "/operation/overview.xlsx", OFFICERS),
			row("GET", "/operation/activities", OFFICERS),
			row("GET", "/operation/activities.xlsx", OFFICERS),
			row("GET", "/operation/bases/{baseId}/activities/{activityId}/edit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/activities/{activityId}", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/operation/bases/{baseId}/activities/{activityId}/evidence", OFFICERS_AND_UNIT),
			row("POST", "/operation/bases/{baseId}/activities/{activityId}/evidence", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/operation/bases/{baseId}/activities/{activityId}/evidence/{attachmentId}", OFFICERS_AND_UNIT),
			row("GET", "/operation/bases/{baseId}/evidence/{attachmentId}", OFFICERS_AND_UNIT),
			row("POST", "/operation/bases/{baseId}/standards/{standard}/evidence", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/evidence/{attachmentId}/remove", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/bases", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/bases/{id}/profile", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/annual-plans", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/activities", OFFICERS_AND_UNIT),
			row("POST", "/api/v1/activities", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/annual-plans/{baseId}/{year}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/annual-plans/{baseId}/{year}/accept", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/annual-plans/{baseId}/{year}/return", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/liaison-reports/{baseId}/{period}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/liaison-reports/{baseId}/{period}/accept", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/liaison-reports/{baseId}/{period}/return", only(Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/liaison-reports", OFFICERS),
			row("GET", "/api/v1/liaison-problems", OFFICERS),
			// zone members: the zone's own people keep them, its district's officers and the municipal bureau read
			row("GET", "/operation/bases/{baseId}/members",
					only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/operation/bases/{baseId}/members.xlsx",
					only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/operation/bases/{baseId}/members/template.xlsx",
					only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/bases/{id}/members",
					only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/operation/bases/{baseId}/members", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/members/import", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/operation/bases/{baseId}/members/{memberId}/edit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/members/{memberId}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/operation/bases/{baseId}/members/{memberId}/remove", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/bases/{id}/members", only(Role.APPLICANT, Role.LIAISON)),
			row("PUT", "/api/v1/bases/{id}/members/{memberId}", only(Role.APPLICANT, Role.LIAISON)),
			row("PATCH", "/api/v1/bases/{id}/members/{memberId}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/bases/{id}/members/{memberId}/removal", only(Role.APPLICANT, Role.LIAISON)),

			// reporting: dashboards for officials (scoped in the queries), the public statistics
			row("GET", "/reporting/dashboard", OFFICERS),
			row("GET", "/reporting/dashboard/export.xlsx", OFFICERS),
			row("GET", "/reporting/trends", OFFICERS),
			row("GET", "/reporting/trends/export.xlsx", OFFICERS),
			row("GET", "/api/v1/statistics/funnel", OFFICERS),
			row("GET", "/api/v1/statistics/bases", OFFICERS),
			row("GET", "/api/v1/statistics/figures", OFFICERS),
			row("GET", "/api/v1/statistics/figures/{name}", OFFICERS),
			row("GET", "/api/v1/statistics/district-bases", OFFICERS),
			row("GET", "/public/statistics", PUBLIC),
			row("GET", "/api/v1/public/statistics", PUBLIC),

			// calendar: the system administrator
			row("GET", "/admin/calendar", SYSTEM_ADMIN),
			row("GET", "/admin/calendar/period", SYSTEM_ADMIN),
			row("POST", "/admin/calendar/days", SYSTEM_ADMIN),
			row("POST", "/admin/calendar/days/remove", SYSTEM_ADMIN),
			row("POST", "/admin/calendar/years", SYSTEM_ADMIN),

			// audit: the audit administrator only
			row("GET", "/audit", AUDIT_ADMIN),
			row("POST", "/audit/verify", AUDIT_ADMIN),
			row("GET", "/audit/export.xlsx", AUDIT_ADMIN),

			// organization: public registration (not for logged-in users)
			row("GET", "/register", ANONYMOUS_ONLY),
			row("POST", "/register", ANONYMOUS_ONLY),
			row("POST", "/register/check-uscc", ANONYMOUS_ONLY),
			row("POST", "/api/v1/units", ANONYMOUS_ONLY),

			// organization: the unit's own profile
			row("GET", "/unit/profile", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/unit/profile/edit", only(Role.APPLICANT)),
			row("POST", "/unit/profile", only(Role.APPLICANT)),

			// organization: the unit registry for officials (scoped by district), one unit also for its own people
			row("GET", "/units", OFFICERS),
			row("GET", "/units/{id}", OFFICERS),
			row("GET", "/units/export.xlsx", OFFICERS),
			row("GET", "/api/v1/units", OFFICERS),
			row("GET", "/api/v1/units/{id}", OFFICERS_AND_UNIT),

			// springdoc (only where a profile enables it: demo and test): public
			row("GET", "/v3/api-docs", PUBLIC),
			row("GET", "/v3/api-docs/swagger-config", PUBLIC),
			row("GET", "/swagger-ui.html", PUBLIC),
			row("GET", "/v3/api-docs.yaml", PUBLIC),

			// declaration: calls for applications
			row("GET", "/calls", OFFICERS_AND_UNIT),
			row("GET", "/calls/{id}", OFFICERS_AND_UNIT),
			row("GET", "/calls/new", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/calls", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),

			// declaration: the unit's declarations (scoped to its own), the read-only content also for officers
			row("GET", "/declarations", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/declarations", only(Role.APPLICANT)),
			row("GET", "/declarations/{id}", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/declarations/{id}/sections/{section}", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/declarations/{id}/sections/basic", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/sections/standards", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/sections/elements", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/sections/secrets", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/sections/members", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/submit", only(Role.APPLICANT)),
			row("POST", "/declarations/{id}/withdraw", only(Role.APPLICANT)),
			// an expert reaches the content and evidence of what a grant opens to them (else 404, see ExpertScoringTests)
			row("GET", "/declarations/{id}/content", OFFICERS_UNIT_AND_EXPERT),
			row("GET", "/declarations/{id}/compare", OFFICERS_AND_UNIT),
			row("GET", "/declarations/{id}/declaration.pdf", OFFICERS_AND_UNIT),
			row("GET", "/declarations/{id}/members/template.xlsx", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/declarations/{id}/attachments", only(Role.APPLICANT)),
			row("GET", "/declarations/{id}/attachments/{attachmentId}", OFFICERS_UNIT_AND_EXPERT),
			row("POST", "/declarations/{id}/attachments/{attachmentId}/delete", only(Role.APPLICANT)),
			row("POST", "/calls/{id}/templates", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/calls/{id}/templates/{attachmentId}", OFFICERS_AND_UNIT),
			row("POST", "/calls/{id}/templates/{attachmentId}/delete", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/declarations/{id}/members/import", only(Role.APPLICANT)),
			// declaration: the JSON API, scoped like the pages
			row("GET", "/api/v1/calls", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/calls/{id}", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/declarations", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/declarations/{id}", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/declarations/{id}/review", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("POST", "/api/v1/declarations/{id}/decision", only(Role.DISTRICT_OFFICER)),

			// districtreview: the district's queue and review; the IP office reads and comments
			row("GET", "/review/declarations", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("GET", "/review/declarations/{id}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("GET", "/review/declarations/export.xlsx", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("POST", "/review/declarations/{id}/comments", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("POST", "/review/declarations/{id}/scores", only(Role.DISTRICT_OFFICER)),
			row("POST", "/review/declarations/{id}/decision", only(Role.DISTRICT_OFFICER)),
			row("POST", "/review/declarations/{id}/return", only(Role.DISTRICT_OFFICER)),
			row("GET", "/review/calls/{callId}/recommendation", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("POST", "/review/calls/{callId}/recommendation", only(Role.DISTRICT_OFFICER)),
			row("GET", "/review/calls/{callId}/criteria", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER)),
			row("POST", "/review/calls/{callId}/criteria", only(Role.DISTRICT_OFFICER)),
			// districtreview: finalised lists, letters and spreadsheets (the municipal bureau sees every district's)
			row("GET", "/review/recommendations", OFFICERS),
			row("GET", "/review/recommendations/{id}", OFFICERS),
			row("GET", "/review/recommendations/{id}/letter.pdf", OFFICERS),
			row("GET", "/review/recommendations/{id}/list.xlsx", OFFICERS),
			row("GET", "/review/recommendations/export.xlsx", OFFICERS),

			// notification: everyone logged in has their own notifications (scoped to the account in the queries)
			row("GET", "/notifications", AUTHENTICATED),
			row("GET", "/notifications/unread-count", AUTHENTICATED),
			row("POST", "/notifications/{id}/open", AUTHENTICATED),
			row("POST", "/notifications/read-all", AUTHENTICATED),

			// evaluation: indicator systems (the municipal bureau edits, officers read), rounds and evaluations
			// (scoped in the queries: the unit's own, the district's, all for the municipal bureau)
			row("GET", "/evaluation/indicator-systems", OFFICERS),
			row("POST", "/evaluation/indicator-systems", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/indicator-systems/{id}", OFFICERS),
			row("POST", "/evaluation/indicator-systems/{id}/copy", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/indicator-systems/{id}/grading", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/indicator-systems/{id}/indicators/{code}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/indicator-systems/{id}/indicators/{code}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/indicator-systems/{id}/indicators", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/rounds", OFFICERS),
			row("POST", "/evaluation/rounds", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/rounds/{id}", OFFICERS),
			row("POST", "/evaluation/rounds/{id}/grading", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/rounds/{id}/publish", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/rounds/{id}/notice.pdf", OFFICERS),
			row("GET", "/evaluation/rounds/{id}/figures.xlsx", OFFICERS),
			row("GET", "/evaluation/rounds/{id}/notice.docx", OFFICERS),
			row("GET", "/evaluation/evaluations", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/evaluations/{id}", OFFICERS_AND_UNIT),
			row("POST", "/evaluation/evaluations/{id}/self", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/evaluation/evaluations/{id}/self/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/evaluation/evaluations/{id}/scores", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/evaluations/{id}/supplement", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/evaluations/{id}/propose", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/evaluations/{id}/site-check", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/evaluations/{id}/adjust", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/indicator-systems", OFFICERS),
			row("GET", "/api/v1/indicator-systems/{id}", OFFICERS),
			row("GET", "/api/v1/evaluation-rounds", OFFICERS),
			row("GET", "/api/v1/evaluation-rounds/{id}", OFFICERS),
			row("GET", "/api/v1/evaluations", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/evaluations/{id}", OFFICERS_AND_UNIT),
			// rectification (整改): the district orders and decides, the base answers; revocation (摘牌): grounds flagged
			// to the officers, the municipal bureau proposes and decides, the unit responds or withdraws
			row("GET", "/evaluation/rectifications", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/rectifications/{id}", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/rectifications/{id}/files/{attachmentId}", OFFICERS_AND_UNIT),
			row("POST", "/evaluation/evaluations/{id}/rectification", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/rectifications/{id}/issue", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/rectifications/{id}/accept", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/rectifications/{id}/reject", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/rectifications/{id}/progress", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/evaluation/rectifications/{id}/files", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/evaluation/rectifications/{id}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/rectifications", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/rectifications/{id}", OFFICERS_AND_UNIT),
			row("POST", "/api/v1/rectifications/{id}/progress", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/rectifications/{id}/submit", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/rectifications/{id}/accept", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/rectifications/{id}/reject", only(Role.DISTRICT_OFFICER)),
			row("GET", "/evaluation/revocation-triggers", OFFICERS),
			row("POST", "/evaluation/revocation-triggers", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/revocations", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/revocations/{id}", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/revocations/new", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/revocations", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/revocations/{id}/response", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/evaluation/revocations/{id}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/revocations/{id}/drop", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/withdrawals", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/revocations", OFFICERS_AND_UNIT),
			row("GET", "/api/v1/revocations/{id}", OFFICERS_AND_UNIT),
			// guidance: officers appointed and assigned by the district; requests, visits and follow-ups scoped in
			// the queries (the district's, the unit's own, the units assigned to the officer, all for the city)
			row("GET", "/guidance/workbench", only(Role.GUIDANCE_OFFICER)),
			row("GET", "/guidance/officers", OFFICERS),
			row("GET", "/guidance/officers/{id}", OFFICERS),
			row("GET", "/api/v1/guidance-officers", OFFICERS),
			row("POST", "/guidance/officers", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/officers/{id}/bases", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/officers/{id}/units", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/officers/{id}/assignments/{assignmentId}/end", only(Role.DISTRICT_OFFICER)),
			row("GET", "/guidance/requests", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/guidance/requests/{id}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/guidance-requests", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/requests", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/requests/{id}/assign", only(Role.DISTRICT_OFFICER)),
			row("GET", "/guidance/visits", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/guidance/visits/{id}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/guidance-visits", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/guidance-visits/{id}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("GET", "/guidance/visits/new", only(Role.GUIDANCE_OFFICER)),
			row("POST", "/guidance/visits", only(Role.GUIDANCE_OFFICER)),
			row("POST", "/guidance/visits/{id}/confirm", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/visits/{id}/comment", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/guidance/follow-ups", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/follow-ups/{id}/report", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/follow-ups/{id}/close", only(Role.GUIDANCE_OFFICER)),
			row("POST", "/guidance/follow-ups/{id}/reopen", only(Role.GUIDANCE_OFFICER)),
			row("GET", "/guidance/pool", OFFICERS),
			row("GET", "/guidance/pool/export.xlsx", OFFICERS),
			row("GET", "/api/v1/cultivation-pool", OFFICERS),
			row("POST", "/guidance/pool", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/pool/invitations", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/pool/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/guidance/pool/{id}/removal", only(Role.DISTRICT_OFFICER)),
			// self-assessment: units take and share theirs, district officers read shared ones (scoped in the
			// queries) and add units to the pool, the municipal bureau keeps the versioned questionnaire
			row("GET", "/guidance/self-assessments", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/guidance/self-assessments/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/guidance/self-assessments/new", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/self-assessments", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/self-assessments/{id}/share", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/self-assessments/{id}/unshare", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/guidance/self-assessments/{id}/pool", only(Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/self-assessments", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/self-assessments/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/self-assessments/questionnaire", only(Role.APPLICANT, Role.LIAISON,
					Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/guidance/questionnaires", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/guidance/questionnaires/{id}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires/{id}/questions", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires/{id}/questions/{questionId}/delete", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires/{id}/questions/{questionId}", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires/{id}/questions/{questionId}/move", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/guidance/questionnaires/{id}/publish", only(Role.MUNICIPAL_OFFICER)),
			// ux1: the municipal officer dismisses a detected conflict of interest; declaration drafts autosave
			row("POST", "/selection/rounds/{id}/conflicts/{conflictId}/dismiss", only(Role.MUNICIPAL_OFFICER)),
			// casework (cases): incidents and unpublished cases for the unit, its district officers and the bureau
			// (scoped in the queries, 404 otherwise); guidance officers read the incidents of units assigned to them;
			// the IP office, experts and admins are refused
			row("GET", "/casework/incidents", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/incidents/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/incidents/new", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/casework/incidents", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/casework/incidents/{id}/response", only(Role.DISTRICT_OFFICER)),
			row("POST", "/casework/incidents/{id}/close", only(Role.DISTRICT_OFFICER)),
			row("POST", "/casework/incidents/{id}/case", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/cases", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/cases/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/cases/new", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/cases/{id}/edit", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases/{id}/desensitise", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases/{id}/submit", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases/{id}/attachments", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/casework/cases/{id}/attachments/{attachmentId}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/casework/cases/{id}/approve", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/casework/cases/{id}/reject", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/incidents", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/api/v1/incidents/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/api/v1/cases", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/api/v1/cases/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			// casework write API (issue 13, point 8): the same callers as the pages
			row("POST", "/api/v1/incidents", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/incidents/{id}/response", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/incidents/{id}/close", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/incidents/{id}/case", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/cases", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("PUT", "/api/v1/cases/{id}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/cases/{id}/submit", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/cases/{id}/approve", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/cases/{id}/reject", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			// guidance visit write API: the officer records, closes and reopens; the unit confirms, comments, reports
			row("POST", "/api/v1/guidance-visits", only(Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/guidance-visits/{id}/confirm", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/guidance-visits/{id}/comment", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/guidance-follow-ups/{id}/report", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/guidance-follow-ups/{id}/close", only(Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/guidance-follow-ups/{id}/reopen", only(Role.GUIDANCE_OFFICER)),
			// guidance requests, officers, the pool and self-assessments as JSON (the pages' steps)
			row("POST", "/api/v1/guidance-requests", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/api/v1/guidance-requests/{id}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER,
					Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/guidance-requests/{id}/assign", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/guidance-officers", only(Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/guidance-officers/{id}", OFFICERS),
			row("POST", "/api/v1/guidance-officers/{id}/bases", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/guidance-officers/{id}/units", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/guidance-officers/{id}/assignments/{assignmentId}/end", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/cultivation-pool", only(Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/cultivation-pool/{id}", OFFICERS),
			row("PUT", "/api/v1/cultivation-pool/{id}", only(Role.DISTRICT_OFFICER)),
			row("DELETE", "/api/v1/cultivation-pool/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/cultivation-pool/invitations", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/self-assessments", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/self-assessments/{id}/share", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/self-assessments/{id}/unshare", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/self-assessments/{id}/pool", only(Role.DISTRICT_OFFICER)),
			// the public case library: no login
			row("GET", "/public/cases", PUBLIC),
			row("GET", "/public/cases/{id}", PUBLIC),
			row("GET", "/api/v1/public/cases", PUBLIC),
			row("GET", "/api/v1/public/cases/{id}", PUBLIC),
			// guidance (issue 13, part II): evidence files of incidents and guidance visits
			row("POST", "/casework/incidents/{id}/evidence", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/casework/incidents/{id}/evidence/{attachmentId}", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/guidance/visits/{id}/evidence", only(Role.GUIDANCE_OFFICER)),
			row("GET", "/api/v1/guidance-visits/{id}/evidence", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/guidance-visits/{id}/evidence", only(Role.GUIDANCE_OFFICER)),
			row("GET", "/api/v1/incidents/{id}/evidence", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/incidents/{id}/evidence", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER)),
			row("GET", "/api/v1/cases/{id}/attachments", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER)),
			row("POST", "/api/v1/cases/{id}/attachments", only(Role.APPLICANT, Role.LIAISON, Role.DISTRICT_OFFICER, Role.GUIDANCE_OFFICER)),
			row("GET", "/guidance/visits/{id}/evidence/{attachmentId}", only(Role.DISTRICT_OFFICER, Role.IP_OFFICER, Role.MUNICIPAL_OFFICER, Role.GUIDANCE_OFFICER, Role.APPLICANT, Role.LIAISON)),

			// reporting: annual summaries and escalations — district officers write their own district's, the
			// municipal bureau reads all and decides; everyone else is refused
			row("GET", "/reporting/summaries", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/summaries/new", only(Role.DISTRICT_OFFICER)),
			row("POST", "/reporting/summaries", only(Role.DISTRICT_OFFICER)),
			row("GET", "/reporting/summaries/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/reporting/summaries/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/reporting/summaries/{id}/submit", only(Role.DISTRICT_OFFICER)),
			row("POST", "/reporting/summaries/{id}/return", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/reporting/summaries/{id}/accept", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/summaries/{id}/report.docx", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/summaries/{id}/report.pdf", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/summaries/archive.zip", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/summaries/compilation.docx", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/reporting/summaries/deadline", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/summary-reports", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/summary-reports/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/escalations", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/escalations/new", only(Role.DISTRICT_OFFICER)),
			row("POST", "/reporting/escalations", only(Role.DISTRICT_OFFICER)),
			row("GET", "/reporting/escalations/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/reporting/escalations/{id}/answer", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/reporting/escalations/{id}/attachments", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/reporting/escalations/{id}/attachments/{attachmentId}",
					only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/escalations", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/escalations/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/summary-reports", only(Role.DISTRICT_OFFICER)),
			row("PUT", "/api/v1/summary-reports/{id}", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/summary-reports/{id}/submit", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/summary-reports/{id}/return", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/summary-reports/{id}/accept", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/escalations", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/escalations/{id}/answer", only(Role.MUNICIPAL_OFFICER)),

			// ux2: help for everyone; public base detail and certificate check
			row("GET", "/help", PUBLIC),
			row("GET", "/public/bases/{id}", PUBLIC),
			row("GET", "/public/certificates/verify", PUBLIC),

			// evaluation (issue 14): the revocation procedure's writing steps as JSON
			row("POST", "/api/v1/revocations", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/revocations/{id}/response", only(Role.APPLICANT, Role.LIAISON)),
			row("POST", "/api/v1/revocations/{id}/decision", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/revocations/{id}/drop", only(Role.MUNICIPAL_OFFICER)),
			// evaluation (issue 14): results year over year
			row("GET", "/evaluation/history", OFFICERS),
			row("GET", "/evaluation/history.xlsx", OFFICERS),
			row("GET", "/api/v1/evaluation-history", OFFICERS),
			row("GET", "/api/v1/evaluation-history/{baseId}", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/bases/{baseId}/history", OFFICERS_AND_UNIT),
			row("GET", "/evaluation/bases/{baseId}/history.xlsx", OFFICERS_AND_UNIT),
			// evaluation (issue 14): evidence per indicator and the IP office's co-review
			row("POST", "/evaluation/evaluations/{id}/evidence", only(Role.APPLICANT, Role.LIAISON)),
			row("GET", "/evaluation/evaluations/{id}/evidence/{attachmentId}", OFFICERS_AND_UNIT),
			row("POST", "/evaluation/evaluations/{id}/co-review", only(Role.IP_OFFICER)),
			// evaluation (issue 14): national pilot dossiers
			row("GET", "/evaluation/pilot-dossiers", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-dossiers/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-dossiers/{id}/dossier.pdf", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/pilot-dossiers", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/pilot-dossiers/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/reason", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/recommend", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/statement", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/cases", only(Role.DISTRICT_OFFICER)),
			row("GET", "/evaluation/pilot-dossiers/{id}/dossier.docx", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-dossiers/{id}/files/{attachmentId}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/work-plan", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/work-plan/file", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/results", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/results/{attachmentId}/remove", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/attachments", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/attachments/{attachmentId}/remove", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/submit", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-dossiers/{id}/scores", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-dossiers/ranking", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-letters", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-letters/{id}/letter.pdf", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-letters/{id}/letter.docx", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/work-plan", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/submit", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/scores", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/pilot-dossiers/ranking", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/letters", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/pilot-dossiers/letters/{year}", only(Role.MUNICIPAL_OFFICER)),
			// evaluation (issue 14): the districts' pilots and their half-yearly progress reports
			row("GET", "/evaluation/pilots", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilots/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilots/{id}/stages", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilots/{id}/reports", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-reports/{id}/revise", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-reports/{id}/files", only(Role.DISTRICT_OFFICER)),
			row("POST", "/evaluation/pilot-reports/{id}/accept", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/evaluation/pilot-reports/{id}/return", only(Role.MUNICIPAL_OFFICER)),
			row("GET", "/evaluation/pilot-reports/{id}/files/{attachmentId}",
					only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/district-pilots", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			row("GET", "/api/v1/district-pilots/{id}", only(Role.DISTRICT_OFFICER, Role.MUNICIPAL_OFFICER)),
			// evaluation (issue 14): the pilot's writing steps as JSON
			row("POST", "/api/v1/pilot-dossiers", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/reason", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/recommend", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/statement", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/pilot-dossiers/{id}/cases", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/district-pilots/{id}/stages", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/district-pilots/{id}/reports", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/district-pilots/reports/{reportId}/revise", only(Role.DISTRICT_OFFICER)),
			row("POST", "/api/v1/district-pilots/reports/{reportId}/accept", only(Role.MUNICIPAL_OFFICER)),
			row("POST", "/api/v1/district-pilots/reports/{reportId}/return", only(Role.MUNICIPAL_OFFICER)),
			// evaluation (issue 14): what happens to a base that misses the self-evaluation deadline
			row("POST", "/evaluation/rounds/{id}/missed-self-rule", only(Role.MUNICIPAL_OFFICER)));

	/**
	 * Paths served by resource handlers rather than request mappings, checked the same way (they are not in the
	 * handler-method listing, so they cannot be required to be complete).
	 */
	static final Map<Endpoint, Access> RESOURCES = matrix(
			row("GET", "/css/app.css", PUBLIC),
			row("GET", "/js/app.js", PUBLIC),
			row("GET", "/webjars/htmx.org/2.0.10/dist/htmx.min.js", PUBLIC),
			row("GET", "/favicon.ico", PUBLIC),
			row("GET", "/webjars/swagger-ui/index.html", PUBLIC),
			row("GET", "/swagger-ui/index.html", PUBLIC),
			// any other file under the static catch-all "/**" is denied by default
			row("GET", "/application.properties", NOBODY),
			row("GET", "/templates/home.html", NOBODY));

	/** A path variable's sample value: an id that does not exist, so nothing is touched. */
	static final String SAMPLE_ID = "987654321";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures organization;

	@Test
	void everyMappedEndpointHasAnExpectation() {
		Set<Endpoint> mapped = mappedEndpoints();
		Set<Endpoint> missing = new TreeSet<>(mapped);
		missing.removeAll(MATRIX.keySet());
		assertThat(missing)
			.as("Endpoints found in the handler mappings without an entry in the authorization matrix "
					+ "(add each to AuthorizationMatrixTests.MATRIX with who may call it)")
			.isEmpty();
	}

	@Test
	void everyExpectationNamesAMappedEndpoint() {
		Set<Endpoint> stale = new TreeSet<>(MATRIX.keySet());
		stale.removeAll(mappedEndpoints());
		assertThat(stale)
			.as("Entries of the authorization matrix whose endpoint no longer exists in the handler mappings")
			.isEmpty();
	}

	@Test
	void everyCallerIsAllowedExactlyWhatTheMatrixAllows() throws Exception {
		long unitId = SecurityFixtures.register(organization, XICHENG, "矩阵测试单位").id();
		Map<Caller, CurrentUser> principals = principals(unitId);

		List<String> mismatches = new ArrayList<>();
		int calls = 0;
		Map<Endpoint, Access> all = new LinkedHashMap<>(MATRIX);
		all.putAll(RESOURCES);
		for (Map.Entry<Endpoint, Access> entry : all.entrySet()) {
			Endpoint endpoint = entry.getKey();
			Access access = entry.getValue();
			for (Caller caller : Caller.all()) {
				for (String method : methodsToCall(endpoint)) {
					MockHttpServletResponse response = call(method, endpoint.pattern(), principals.get(caller));
					calls++;
					boolean allowed = !isDenied(response, caller);
					boolean expected = access.allows(caller);
					if (allowed != expected) {
						mismatches.add(String.format("%-7s %-40s as %-17s expected %-7s (matrix: %s) but got %s",
								method, endpoint.pattern(), caller, expected ? "ALLOWED" : "DENIED", access,
								describe(response)));
					}
				}
			}
		}
		assertThat(calls).as("calls made").isGreaterThanOrEqualTo(MATRIX.size() * Caller.all().size());
		assertThat(mismatches)
			.as("Calls whose outcome differs from the authorization matrix (%d of %d calls)", mismatches.size(), calls)
			.isEmpty();
	}

	/**
	 * Spellings of a denied path that a lax matcher might let through (trailing slash, case, doubled slash, path
	 * parameters, encoded separators, dot segments, a suffix, HEAD for GET) are not served either: each is denied,
	 * rejected by the firewall (400 without body), or unknown (404, 405).
	 */
	@Test
	void variantsOfADeniedPathAreNotServed() throws Exception {
		long unitId = SecurityFixtures.register(organization, XICHENG, "变体测试单位").id();
		Map<Caller, CurrentUser> principals = principals(unitId);

		List<String> served = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<Endpoint, Access> entry : MATRIX.entrySet()) {
			Endpoint endpoint = entry.getKey();
			String path = samplePath(endpoint.pattern());
			for (Caller caller : Caller.all()) {
				if (entry.getValue().allows(caller)) {
					continue;
				}
				for (String method : methodsToCall(endpoint)) {
					Map<String, String> variants = new LinkedHashMap<>();
					variants.put("trailing slash", path + "/");
					variants.put("upper case", path.toUpperCase(java.util.Locale.ROOT));
					if (path.indexOf('/', 1) > 0) {
						// in the middle: a leading "//" would make the first segment a host name
						variants.put("double slash", path.replaceFirst("^(/[^/]+)/", "$1//"));
					}
					variants.put("path parameter", path.replaceFirst("^(/[^/]+)", "$1;x=1"));
					variants.put("encoded slash", "/x%2F.." + path);
					variants.put("dot segment", "/x/.." + path);
					variants.put("encoded dot segment", "/x/%2e%2e" + path);
					variants.put("suffix", path + ".json");
					for (Map.Entry<String, String> variant : variants.entrySet()) {
						MockHttpServletResponse response = call(method, variant.getValue(), principals.get(caller));
						calls++;
						if (!notServed(response, caller)) {
							served.add(String.format("%-7s %-45s (%s of %s) as %-17s got %s", method,
									variant.getValue(), variant.getKey(), endpoint, caller, describe(response)));
						}
					}
					if ("GET".equals(method)) {
						MockHttpServletResponse head = call("HEAD", path, principals.get(caller));
						calls++;
						if (!notServed(head, caller)) {
							served.add(String.format("HEAD    %-45s as %-17s got %s", path, caller, describe(head)));
						}
					}
				}
			}
		}
		assertThat(served).as("Variants of denied calls that were served (%d of %d calls)", served.size(), calls)
			.isEmpty();
	}

	private static boolean notServed(MockHttpServletResponse response, Caller caller) throws Exception {
		int status = response.getStatus();
		return isDenied(response, caller) || status == 404 || status == 405
				|| (status == 400 && response.getContentAsString().isEmpty());
	}

	/** The matrix itself has to be meaningful: every caller is allowed something and denied something. */
	@Test
	void theMatrixDistinguishesEveryCaller() {
		for (Caller caller : Caller.all()) {
			assertThat(MATRIX.values().stream().anyMatch(a -> a.allows(caller))).as("%s allowed somewhere", caller)
				.isTrue();
			assertThat(MATRIX.values().stream().anyMatch(a -> !a.allows(caller))).as("%s denied somewhere", caller)
				.isTrue();
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	/**
	 * Every endpoint of every handler mapping: the request mappings of all {@link RequestMappingInfoHandlerMapping}
	 * beans (the application's, springdoc's, and e.g. actuator's if it is ever added), and URL-mapped handlers other
	 * than static resources (view controllers, bean-name handlers). Functional endpoints are not supported: if any
	 * appear, this fails so that the matrix gets extended.
	 */
	private Set<Endpoint> mappedEndpoints() {
		Map<String, HandlerMapping> mappings = context.getBeansOfType(HandlerMapping.class);
		assertThat(mappings.get("requestMappingHandlerMapping")).isInstanceOf(RequestMappingHandlerMapping.class);
		Set<Endpoint> endpoints = new TreeSet<>();
		for (Map.Entry<String, HandlerMapping> bean : mappings.entrySet()) {
			HandlerMapping mapping = bean.getValue();
			if (mapping instanceof RequestMappingInfoHandlerMapping requestMappings) {
				for (RequestMappingInfo info : requestMappings.getHandlerMethods().keySet()) {
					Set<String> methods = info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(RequestMethod::name)
						.collect(Collectors.toSet());
					if (methods.isEmpty()) {
						methods = Set.of("*");
					}
					for (String pattern : info.getPatternValues()) {
						for (String method : methods) {
							endpoints.add(new Endpoint(method, pattern));
						}
					}
				}
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urlMappings) {
				urlMappings.getHandlerMap().forEach((pattern, handler) -> {
					if (!(handler instanceof ResourceHttpRequestHandler)) {
						endpoints.add(new Endpoint("*", pattern));
					}
				});
				assertThat(urlMappings.getRootHandler()).as("root handler of %s", bean.getKey()).isNull();
			}
			else if (mapping instanceof RouterFunctionMapping functions) {
				assertThat(functions.getRouterFunction())
					.as("functional endpoints (%s) are not covered by the authorization matrix", bean.getKey())
					.isNull();
			}
		}
		assertThat(endpoints).as("endpoints found in the handler mappings").isNotEmpty();
		return endpoints;
	}

	private static List<String> methodsToCall(Endpoint endpoint) {
		// a mapping without a method condition answers every method: check a safe and an unsafe one
		return "*".equals(endpoint.method()) ? List.of("GET", "POST") : List.of(endpoint.method());
	}

	private Map<Caller, CurrentUser> principals(long unitId) {
		Map<Caller, CurrentUser> principals = new LinkedHashMap<>();
		principals.put(Caller.noRole(), SecurityFixtures.user(EnumSet.noneOf(Role.class), null, null));
		for (Role role : Role.values()) {
			String district = Role.DISTRICT_ROLES.contains(role) || Role.UNIT_ROLES.contains(role) ? XICHENG : null;
			Long unit = Role.UNIT_ROLES.contains(role) ? unitId : null;
			principals.put(Caller.of(role), SecurityFixtures.user(role, district, unit));
		}
		return principals;
	}

	private static String samplePath(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", SAMPLE_ID).replace("**", "sample").replace("*", "sample");
	}

	private MockHttpServletResponse call(String method, String pattern, CurrentUser user) throws Exception {
		String path = samplePath(pattern);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
				URI.create(path));
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			// with a valid token, so that what is tested is the authorization, not CSRF protection
			request.with(csrf());
			if (path.startsWith("/api/")) {
				// an empty JSON body: refused as unreadable (400) once past access control, nothing is created
				request.contentType(MediaType.APPLICATION_JSON);
			}
		}
		request.with(SecurityFixtures.servletPathAsInContainer());
		if (user != null) {
			request.with(SecurityFixtures.as(user));
		}
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException failed) {
			// MockMvc rethrows what the real server would answer with 500: the request got past access control
			MockHttpServletResponse response = new MockHttpServletResponse();
			response.setStatus(500);
			return response;
		}
	}

	static boolean isDenied(MockHttpServletResponse response, Caller caller) {
		int status = response.getStatus();
		if (status == 401 || status == 403) {
			return true;
		}
		return caller.anonymous() && status >= 300 && status < 400 && redirectsToLogin(response);
	}

	private static boolean redirectsToLogin(MockHttpServletResponse response) {
		String location = response.getHeader("Location");
		if (location == null) {
			return false;
		}
		String path = URI.create(location).getPath();
		return "/login".equals(path);
	}

	private static String describe(MockHttpServletResponse response) {
		String location = response.getHeader("Location");
		return response.getStatus() + (location == null ? "" : " -> " + location);
	}

	@SafeVarargs
	private static Map<Endpoint, Access> matrix(Map.Entry<Endpoint, Access>... rows) {
		Map<Endpoint, Access> map = new LinkedHashMap<>();
		for (Map.Entry<Endpoint, Access> row : rows) {
			if (map.put(row.getKey(), row.getValue()) != null) {
				throw new IllegalStateException("Duplicate matrix row " + row.getKey());
			}
		}
		return map;
	}

	private static Map.Entry<Endpoint, Access> row(String method, String pattern, Access access) {
		return Map.entry(new Endpoint(method, pattern), access);
	}
}
