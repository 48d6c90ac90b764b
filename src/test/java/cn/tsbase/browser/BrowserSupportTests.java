package cn.tsbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Route;

/**
 * The browser support itself: the problems every journey relies on being caught are caught. The probes provoke them
 * on purpose and then take them back, so the extension's final check passes.
 */
class BrowserSupportTests extends BrowserJourney {

	@Test
	void anInlineScriptBlockedByTheApplicationsPolicyIsReportedAsACspViolation() {
		open("/");
		String policy = page.evaluate("() => fetch('/').then(r => r.headers.get('Content-Security-Policy'))")
			.toString();
		assertThat(policy).contains("script-src 'self'");
		// a page on the application's origin with the application's policy and an inline script
		page.route(url("/csp-probe"), route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("text/html")
			.setHeaders(Map.of("Content-Security-Policy", policy))
			.setBody("<!DOCTYPE html><html><body><script>document.title = 'ran';</script></body></html>")));

		open("/csp-probe");
		page.waitForCondition(() -> problems.all().stream().anyMatch(p -> p.startsWith("CSP violation")));

		assertThat(page.title()).isNotEqualTo("ran");
		assertThat(problems.takeAll()).anyMatch(p -> p.startsWith("CSP violation on " + url("/csp-probe"))
				&& p.contains("script-src"));
	}

	@Test
	void consoleErrorsAndUncaughtScriptErrorsAreReported() {
		open("/");
		page.evaluate("() => console.error('something broke')");
		page.evaluate("() => { setTimeout(() => { throw new Error('uncaught boom'); }); }");
		page.waitForCondition(() -> problems.all().size() >= 2);

		assertThat(problems.takeAll()).anyMatch(p -> p.startsWith("Console error") && p.contains("something broke"))
			.anyMatch(p -> p.startsWith("Uncaught script error") && p.contains("uncaught boom"));
	}

	@Test
	void theApplicationsOwnPagesPassTheCheck() {
		open("/");
		open("/login");
		open("/register");
		assertThat(problems.all()).isEmpty();
	}
}
