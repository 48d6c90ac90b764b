package cn.tsbase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The pages' Content Security Policy allows styles and scripts only from the platform's files ({@code style-src
 * 'self'; script-src 'self'}), so a style or event handler written into a template's element is blocked in the browser
 * and the page shows without it (and reports a console error). No template may carry one: styling goes through
 * classes of app.css, behaviour through app.js.
 */
class TemplateInlineCodeTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void noTemplateWritesAStyleOrAnEventHandlerIntoAnElement() throws IOException {
		List<String> inline = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
					for (Attribute attribute : element.attributes()) {
						String name = attribute.getKey().replaceFirst("^th:", "");
						if (name.equals("style") || name.equals("styleappend") || name.matches("on[a-z]+")) {
							inline.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " "
									+ attribute.getKey() + "=\"" + attribute.getValue() + "\">");
						}
					}
				}
			}
		}
		assertThat(inline).as("inline styles or event handlers the CSP blocks").isEmpty();
	}
}
