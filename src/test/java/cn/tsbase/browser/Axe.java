package cn.tsbase.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core in the browser tests (MPL-2.0, {@code axe.min.js} beside this class, from the npm package of that name):
 * its source, to inject with {@code page.context().addInitScript(Axe.SOURCE)} before the page's scripts (the page's
 * Content Security Policy stays as it is), and the serious or critical violations it finds on the open page.
 */
final class Axe {

	static final String SOURCE = source();

	private Axe() {
	}

	/** The serious and critical violations on the page (WCAG 2.1 AA, which GB/T 37668-2019 follows), described. */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(Page page) {
		return (List<String>) page.evaluate("""
				async () => {
				  const results = await axe.run(document, { resultTypes: ['violations'] });
				  return results.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 4)
				      .map(n => n.target.join(' ') + ' ' + ((n.any[0] && n.any[0].message) || ''))
				      .join(' | '));
				}""");
	}

	private static String source() {
		try (InputStream in = Axe.class.getResourceAsStream("axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing beside " + Axe.class);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
