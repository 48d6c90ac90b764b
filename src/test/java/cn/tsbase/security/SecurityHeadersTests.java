package cn.tsbase.security;

import static cn.tsbase.security.SecurityFixtures.XICHENG;
import static cn.tsbase.security.SecurityFixtures.as;
import static cn.tsbase.security.SecurityFixtures.servletPathAsInContainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.security.SecurityFixtures.Registered;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Response headers, CSRF protection and error pages (SECURITY.md, input): a strict CSP without inline scripts,
 * nosniff, a referrer policy, no framing, no caching of business data, CSRF tokens on every state-changing request,
 * and the platform's own error pages without stack traces. Error pages are checked on the real server (MockMvc
 * does not forward to the error page).
 */
@IntegrationTest
class SecurityHeadersTests {

	static final String PLATFORM_NAME = "商业秘密保护示范基地管理平台";

	static final List<String> STACK_TRACE_TEXT = List.of("Exception", "at cn.tsbase", "at org.springframework",
			"at java.", "Whitelabel", "Apache Tomcat", "\"trace\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitFixtures organization;

	@LocalServerPort
	int port;

	// ---- headers ---------------------------------------------------------------------------------------------

	@Test
	void publicPagesSendTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/login", "/register")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertSecurityHeaders(path, response);
			assertNoInlineScript(path, response.getContentAsString());
		}
	}

	@Test
	void swaggerUiKeepsScriptsRestrictedUnderItsOwnPolicy() throws Exception {
		// enabled in the test profile; Swagger UI has its own CSP (inline styles), scripts must stay our origin only
		MockHttpServletResponse response = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertSecurityHeaders("Swagger UI", response);
	}

	@Test
	void businessPagesAndTheApiSendTheSecurityHeadersAndAreNotCached() throws Exception {
		Registered unit = SecurityFixtures.register(organization, XICHENG, "头部测试单位");
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);
		CurrentUser applicant = SecurityFixtures.unitUser(Role.APPLICANT, unit.id(), XICHENG);

		Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
		requests.put("page /units", get("/units").with(as(officer)));
		requests.put("page /units/{id}", get("/units/" + unit.id()).with(as(officer)));
		requests.put("htmx /units", get("/units").header("HX-Request", "true").with(as(officer)));
		requests.put("page /unit/profile", get("/unit/profile").with(as(applicant)));
		requests.put("api /api/v1/units", get("/api/v1/units").accept(MediaType.APPLICATION_JSON).with(as(officer)));
		requests.put("api /api/v1/units/{id}",
				get("/api/v1/units/" + unit.id()).accept(MediaType.APPLICATION_JSON).with(as(applicant)));
		requests.put("api /api/v1/me", get("/api/v1/me").accept(MediaType.APPLICATION_JSON).with(as(officer)));

		for (Map.Entry<String, MockHttpServletRequestBuilder> request : requests.entrySet()) {
			MockHttpServletResponse response = mvc.perform(request.getValue()).andReturn().getResponse();
			String what = request.getKey();
			assertThat(response.getStatus()).as(what).isEqualTo(200);
			assertSecurityHeaders(what, response);
			assertThat(response.getHeader("Cache-Control")).as("Cache-Control of %s", what).contains("no-store");
			if (what.startsWith("page")) {
				assertNoInlineScript(what, response.getContentAsString());
			}
		}
	}

	@Test
	void theApiAnswersNotFoundWithProblemDetails() throws Exception {
		CurrentUser officer = SecurityFixtures.districtOfficer(XICHENG);

		MockHttpServletResponse response = mvc
			.perform(get("/api/v1/units/987654321").accept(MediaType.APPLICATION_JSON)
				.with(as(officer))
				.with(servletPathAsInContainer()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String body = response.getContentAsString();
		assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(404);
		assertThat((String) JsonPath.read(body, "$.title")).isNotBlank();
		assertNoStackTrace("API 404", body);
		assertSecurityHeaders("API 404", response);
	}

	// ---- CSRF ------------------------------------------------------------------------------------------------

	@Test
	void aPageFormPostWithoutCsrfTokenIsRefused() throws Exception {
		// registration (anonymous)
		assertThat(status(post("/register").param("name", "x"))).isEqualTo(403);
		assertThat(status(post("/register").param("name", "x").with(csrf().useInvalidToken()))).isEqualTo(403);
		// the same request with a token gets past the CSRF check (the form is then invalid and shown again)
		assertThat(status(post("/register").param("name", "x").with(csrf()))).isEqualTo(200);

		// the password change (logged in)
		CurrentUser user = SecurityFixtures.districtOfficer(XICHENG);
		assertThat(status(post("/account/password").param("currentPassword", "x").with(as(user)))).isEqualTo(403);
		assertThat(status(post("/account/password").param("currentPassword", "x").with(as(user)).with(csrf())))
			.isEqualTo(200);

		// htmx sends the token as a header: accepted; a wrong header value is not
		assertThat(status(post("/register/check-uscc").param("uscc", "x").with(csrf().asHeader()))).isEqualTo(200);
		assertThat(status(post("/register/check-uscc").param("uscc", "x").with(csrf().asHeader().useInvalidToken())))
			.isEqualTo(403);
		assertThat(status(post("/register/check-uscc").param("uscc", "x"))).isEqualTo(403);

		// logout needs the token too, so that another site cannot log the user out
		assertThat(status(post("/logout").with(as(user)))).isEqualTo(403);
	}

	@Test
	void anApiPostWithoutCsrfTokenIsRefused() throws Exception {
		assertThat(status(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content("{}")))
			.isEqualTo(403);
		assertThat(status(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(csrf().useInvalidToken()))).isEqualTo(403);
		// with a token the request reaches the controller (and is refused there as invalid)
		assertThat(status(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).with(csrf())))
			.isNotEqualTo(403)
			.isBetween(400, 499);
	}

	// ---- error pages on the real server ----------------------------------------------------------------------

	@Test
	void errorPagesAreThePlatformsOwnAndShowNoStackTrace() throws Exception {
		Browser anonymous = new Browser();

		// an unknown path that access control lets through (under a public prefix): the platform's 404 page
		HttpResponse<String> notFound = anonymous.get("/css/no-such-file-" + SecurityFixtures.token() + ".css");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertPlatformErrorPage("anonymous 404", notFound);

		// an unknown path outside: deny by default sends the anonymous caller to the login page
		HttpResponse<String> unknown = anonymous.get("/no-such-page-" + SecurityFixtures.token());
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(URI.create(unknown.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/login");

		// a page form posted without its CSRF token: the platform's 403 page
		HttpResponse<String> noToken = anonymous.postForm("/register", Map.of("name", "x"));
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertPlatformErrorPage("POST without CSRF token", noToken);

		Registered unit = SecurityFixtures.register(organization, XICHENG, "错误页测试单位");
		Browser applicant = new Browser();
		applicant.logIn(unit.username(), SecurityFixtures.PASSWORD);

		HttpResponse<String> ownProfile = applicant.get("/unit/profile");
		assertThat(ownProfile.statusCode()).as("logged in").isEqualTo(200);
		assertThat(ownProfile.body()).contains(unit.name());

		HttpResponse<String> notFoundLoggedIn = applicant.get("/css/no-such-file-" + SecurityFixtures.token() + ".css");
		assertThat(notFoundLoggedIn.statusCode()).isEqualTo(404);
		assertPlatformErrorPage("logged-in 404", notFoundLoggedIn);

		HttpResponse<String> forbidden = applicant.get("/admin/accounts");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertPlatformErrorPage("logged-in 403", forbidden);
		assertThat(forbidden.body()).contains("无权访问");

		HttpResponse<String> unknownLoggedIn = applicant.get("/no-such-page-" + SecurityFixtures.token());
		assertThat(unknownLoggedIn.statusCode()).isEqualTo(403);
		assertPlatformErrorPage("logged-in unknown path", unknownLoggedIn);

		// the API answers with problem details, not a page
		HttpResponse<String> apiNotFound = applicant.get("/api/v1/units/987654321", "application/json");
		assertThat(apiNotFound.statusCode()).isEqualTo(404);
		assertThat(apiNotFound.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertNoStackTrace("API 404", apiNotFound.body());
		HttpResponse<String> apiForbidden = applicant.get("/api/v1/units", "application/json");
		assertThat(apiForbidden.statusCode()).isEqualTo(403);
		assertNoStackTrace("API 403", apiForbidden.body());
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		Registered unit = SecurityFixtures.register(organization, XICHENG, "会话测试单位");
		Browser browser = new Browser();
		HttpResponse<String> login = browser.logIn(unit.username(), SecurityFixtures.PASSWORD);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).as("a new session at login").anyMatch(c -> c.startsWith("SESSION="));
		assertThat(cookies.stream().filter(c -> c.startsWith("SESSION=")))
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite="));
	}

	// ---- helpers ---------------------------------------------------------------------------------------------

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	static Map<String, String> cspDirectives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0].toLowerCase(),
					d -> d.contains(" ") ? d.split("\\s+", 2)[1] : "", (a, b) -> a, LinkedHashMap::new));
	}

	static void assertSecurityHeaders(String what, MockHttpServletResponse response) {
		assertHeaders(what, response.getHeader("Content-Security-Policy"), response.getHeader("X-Content-Type-Options"),
				response.getHeader("Referrer-Policy"), response.getHeader("X-Frame-Options"));
	}

	static void assertHeaders(String what, String csp, String contentTypeOptions, String referrerPolicy,
			String frameOptions) {
		assertThat(csp).as("Content-Security-Policy of %s", what).isNotBlank();
		Map<String, String> directives = cspDirectives(csp);
		assertThat(directives.get("object-src")).as("object-src of %s", what).isEqualTo("'none'");
		assertThat(directives.get("base-uri")).as("base-uri of %s", what).isEqualTo("'none'");
		assertThat(directives.get("frame-ancestors")).as("frame-ancestors of %s", what).isEqualTo("'none'");
		String scriptSrc = directives.getOrDefault("script-src", directives.get("default-src"));
		assertThat(scriptSrc).as("script-src of %s", what)
			.isNotNull()
			.doesNotContain("'unsafe-inline'")
			.doesNotContain("'unsafe-eval'")
			.doesNotContain("*")
			.doesNotContain("data:");
		assertThat(contentTypeOptions).as("X-Content-Type-Options of %s", what).isEqualTo("nosniff");
		assertThat(referrerPolicy).as("Referrer-Policy of %s", what)
			.isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
		assertThat(frameOptions).as("X-Frame-Options of %s", what).isEqualTo("DENY");
	}

	private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	/** The CSP forbids inline scripts, so the pages must not rely on any. */
	static void assertNoInlineScript(String what, String html) {
		Matcher scripts = SCRIPT_TAG.matcher(html);
		while (scripts.find()) {
			assertThat(scripts.group(1)).as("a <script> without src on %s", what).contains("src=");
		}
		assertThat(EVENT_HANDLER.matcher(html).find()).as("inline event handler on %s", what).isFalse();
		assertThat(html).as("javascript: URL on %s", what).doesNotContainIgnoringCase("javascript:");
	}

	static void assertNoStackTrace(String what, String body) {
		for (String text : STACK_TRACE_TEXT) {
			assertThat(body).as("%s shows no stack trace", what).doesNotContain(text);
		}
	}

	static void assertPlatformErrorPage(String what, HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as("content type of %s (body: %.300s)", what, response.body())
			.startsWith("text/html");
		assertThat(response.body()).as("%s is the platform's own page", what).contains(PLATFORM_NAME);
		assertNoStackTrace(what, response.body());
		assertHeaders(what, response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.headers().firstValue("X-Content-Type-Options").orElse(null),
				response.headers().firstValue("Referrer-Policy").orElse(null),
				response.headers().firstValue("X-Frame-Options").orElse(null));
	}

	/** A minimal browser against the real server: keeps cookies, does not follow redirects. */
	final class Browser {

		private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
		}

		HttpResponse<String> get(String path, String accept) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
			String form = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/** Logs in through the login form, with the CSRF token the form carries. */
		HttpResponse<String> logIn(String username, String password) throws Exception {
			HttpResponse<String> form = get("/login");
			Matcher token = CSRF_FIELD.matcher(form.body());
			assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
			HttpResponse<String> response = postForm("/login",
					Map.of("username", username, "password", password, "_csrf", token.group(1)));
			assertThat(response.statusCode()).as("login").isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as("login succeeded")
				.doesNotContain("error");
			return response;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}
	}
}
