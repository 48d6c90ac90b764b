package cn.tsbase;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP against the running application, with a cookie jar, no redirects followed,
 * and the CSRF token taken from the last page that had a form. For tests of sessions and login that need the real
 * filter chain and cookies.
 */
public class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private String base;
	private final Map<String, String> headers = new LinkedHashMap<>();
	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient http;
	private String csrf;

	public WebClient(int port) {
		this("http://localhost:" + port);
	}

	/** A client of the application at the given address ({@code http://host:port}). */
	public WebClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Sends the following requests to another port of the same host, with the same cookies and CSRF token (a cookie
	 * is not bound to a port): another instance of the application, or the proxy in front of them.
	 */
	public WebClient onPort(int port) {
		URI current = URI.create(base);
		this.base = current.getScheme() + "://" + current.getHost() + ":" + port;
		return this;
	}

	/** A header sent with every following request (e.g. the X-Forwarded-For a proxy adds). */
	public WebClient withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	/** A GET with extra request headers (e.g. those htmx sends). */
	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Posts a form with the current CSRF token (fetch a page with a form first). */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		return post(path, form, Map.of());
	}

	/** Posts a form with the current CSRF token and extra request headers (e.g. what a proxy adds). */
	public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.putIfAbsent("_csrf", csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Logs in through the login page. */
	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> logout() {
		get("/account/password");
		return post("/logout", Map.of());
	}

	public Optional<String> sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Copies the session cookie to another client: the same session used from elsewhere. */
	public void useSessionOf(String sessionId) {
		HttpCookie cookie = new HttpCookie("SESSION", sessionId);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> send(HttpRequest plain) {
		HttpRequest.Builder withHeaders = HttpRequest.newBuilder(plain, (name, value) -> true);
		headers.forEach((name, value) -> {
			if (plain.headers().firstValue(name).isEmpty()) {
				withHeaders.header(name, value);
			}
		});
		HttpRequest request = withHeaders.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			else {
				Matcher meta = CSRF_META.matcher(response.body());
				if (meta.find()) {
					csrf = meta.group(1);
				}
			}
			return response;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
