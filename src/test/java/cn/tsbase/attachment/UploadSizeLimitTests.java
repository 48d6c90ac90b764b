package cn.tsbase.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.IntegrationTest;
import cn.tsbase.WebClient;
import cn.tsbase.account.TestAccount;
import cn.tsbase.shared.security.Role;

/**
 * An upload over the multipart limit, through the real filter chain and Tomcat: the user gets HTTP 413 with the
 * limits in words (page or htmx fragment), never a stack trace or a reset connection.
 */
@IntegrationTest
class UploadSizeLimitTests {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final String BOUNDARY = "----tsbase-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	private record Session(String cookie, String csrf) {
	}

	private Session login() throws Exception {
		TestAccount officer = accounts.official(Role.DISTRICT_OFFICER, "110102");
		WebClient client = new WebClient(port);
		client.login(officer.getUsername(), AccountFixtures.PASSWORD);
		String cookie = "SESSION=" + client.sessionId().orElseThrow();
		HttpResponse<String> page = http().send(HttpRequest.newBuilder(URI.create(base() + "/account/password"))
			.header("Cookie", cookie)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF_META.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the page").isTrue();
		return new Session(cookie, csrf.group(1));
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static HttpClient http() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private HttpResponse<String> upload(Session session, long fileBytes, boolean htmx) throws Exception {
		return upload(session, "/account/password", fileBytes, htmx);
	}

	private HttpResponse<String> upload(Session session, String path, long fileBytes, boolean htmx)
			throws Exception {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大文件.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Cookie", session.cookie())
			.header("X-CSRF-TOKEN", session.csrf())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, new byte[(int) fileBytes], tail)));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aPageRequestGetsThe413PageWithTheLimits() throws Exception {
		HttpResponse<String> response = upload(login(), 21L * 1024 * 1024, false);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件过大").contains("单个文件不能超过 20 MB").contains("50 MB")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void anHtmxRequestGetsTheMessageInTheAlertArea() throws Exception {
		HttpResponse<String> response = upload(login(), 21L * 1024 * 1024, true);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("HX-Retarget")).contains("#alerts");
		assertThat(response.body()).contains("单个文件不能超过 20 MB").doesNotContain("<html");
	}

	@Test
	void anApiRequestGetsProblemDetails() throws Exception {
		HttpResponse<String> response = upload(login(), "/api/v1/me", 21L * 1024 * 1024, false);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("单个文件不能超过 20 MB");
	}

	@Test
	void anUploadWithinTheConfiguredLimitIsNotRefusedForItsSize() throws Exception {
		// over Spring's default of 1 MB, within ours
		HttpResponse<String> response = upload(login(), 2L * 1024 * 1024, false);

		assertThat(response.statusCode()).isNotEqualTo(413);
	}
}
