package cn.tsbase.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * Rich text that officers write (call requirements, notices): only formatting, blocks, lists, tables and links
 * survive the OWASP Java HTML Sanitizer, so it can be shown unescaped. Plain text keeps its line breaks.
 */
public final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("https", "http", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelNofollowOnLinks()
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "hr", "br").toFactory());

	private RichText() {
	}

	/** Safe HTML from what the user typed: HTML is sanitised; text without tags becomes paragraphs. */
	public static String sanitize(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String text = input.strip();
		if (!text.contains("<")) {
			StringBuilder html = new StringBuilder();
			for (String paragraph : text.split("\\R\\s*\\R")) {
				html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
			}
			return html.toString();
		}
		return POLICY.sanitize(text);
	}
}
