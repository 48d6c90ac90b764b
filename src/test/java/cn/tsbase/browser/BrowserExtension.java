package cn.tsbase.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Headless Chromium for browser tests: one Playwright and one browser per test class, a fresh browser context (no
 * cookies, no session) per test.
 * <p>
 * Every page of the context reports Content Security Policy violations, console errors and uncaught script errors to
 * a {@link PageProblems}; a test that passed but left such problems fails after it ends, so every page a journey
 * visits is checked. When a test fails, a full-page screenshot and the page's HTML are saved to
 * {@code target/browser-screenshots/<TestClass>-<method>.png} (and {@code .html}).
 * <p>
 * Test methods and {@code @BeforeEach} methods receive the {@link Page} and the {@link PageProblems} as parameters.
 */
public class BrowserExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	static final Path ARTEFACTS = Path.of("target", "browser-screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions");

	/**
	 * Injected by the driver before any script of the page (so the page's CSP does not apply to it): reports each
	 * CSP violation of the document to the test.
	 */
	private static final String CSP_LISTENER = """
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__tsbReportCspViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)')
			      + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''));
			}, true);
			""";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private record Session(BrowserContext context, Page page, PageProblems problems) {
	}

	@Override
	public void beforeAll(ExtensionContext extension) {
		// generous limits: a wait ends as soon as what it waits for is there, and on a loaded 2-core machine (CI, or
		// several builds at once) a page can take well over ten seconds to load
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
		extension.getStore(NAMESPACE).put(Playwright.class, playwright);
		extension.getStore(NAMESPACE).put(Browser.class, browser);
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		extension.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		Playwright playwright = extension.getStore(NAMESPACE).remove(Playwright.class, Playwright.class);
		if (playwright != null) {
			playwright.close(); // closes the browser too
		}
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		Browser browser = extension.getStore(NAMESPACE).get(Browser.class, Browser.class);
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setViewportSize(1366, 768));
		context.setDefaultTimeout(45_000);
		PageProblems problems = new PageProblems();
		context.exposeBinding("__tsbReportCspViolation", (source, args) -> {
			problems.add("CSP violation", source.frame().url(), String.valueOf(args[0]));
			return null;
		});
		context.addInitScript(CSP_LISTENER);
		Page page = context.newPage();
		page.onConsoleMessage(message -> recordConsoleError(message, problems));
		page.onPageError(error -> problems.add("Uncaught script error", page.url(), error));
		extension.getStore(NAMESPACE).put(Session.class, new Session(context, page, problems));
	}

	private static void recordConsoleError(ConsoleMessage message, PageProblems problems) {
		if ("error".equals(message.type())) {
			String url = message.page() == null ? "?" : message.page().url();
			String location = message.location() == null || message.location().isEmpty() ? ""
					: " (" + message.location() + ")";
			problems.add("Console error", url, message.text() + location);
		}
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		Session session = extension.getStore(NAMESPACE).remove(Session.class, Session.class);
		if (session == null) {
			return;
		}
		boolean failed = extension.getExecutionException().isPresent();
		try {
			if (failed || !session.problems().isEmpty()) {
				saveArtefacts(session.page(), extension);
			}
		}
		finally {
			session.context().close();
		}
		if (!failed) {
			session.problems().assertNone();
		}
	}

	private static void saveArtefacts(Page page, ExtensionContext extension) {
		String name = extension.getRequiredTestClass().getSimpleName() + "-"
				+ extension.getRequiredTestMethod().getName();
		try {
			Files.createDirectories(ARTEFACTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(ARTEFACTS.resolve(name + ".png")).setFullPage(true));
			Files.writeString(ARTEFACTS.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			// a page that cannot be captured (e.g. crashed) must not hide the test's own failure
			System.err.println("Could not save browser artefacts for " + name + ": " + e);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == PageProblems.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		Session session = extension.getStore(NAMESPACE).get(Session.class, Session.class);
		if (session == null) {
			throw new IllegalStateException("No browser session outside a test");
		}
		return parameter.getParameter().getType() == Page.class ? session.page() : session.problems();
	}
}
