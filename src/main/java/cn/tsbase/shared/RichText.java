package cn.tsbase.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** What {@link #sanitize(String)} makes of plain text: paragraphs of escaped text and line breaks only. */
	private static final Pattern PLAIN_PARAGRAPHS = Pattern.compile("(?:<p>(?:[^<]|<br\\s*/?>)*</p>)+");

	private static final Pattern PARAGRAPH = Pattern.compile("<p>((?:[^<]|<br\\s*/?>)*)</p>");

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

	/**
	 * The text to put back into an edit box: rich text that came from plain text (paragraphs and line breaks only)
	 * becomes that plain text again, so the box shows no tags and saving it unchanged gives the same HTML; any other
	 * HTML (lists, tables, links the officer wrote) is returned as it is.
	 */
	public static String toEditableText(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		if (!PLAIN_PARAGRAPHS.matcher(html).matches()) {
			return html;
		}
		List<String> paragraphs = new ArrayList<>();
		Matcher paragraph = PARAGRAPH.matcher(html);
		while (paragraph.find()) {
			paragraphs.add(HtmlUtils.htmlUnescape(paragraph.group(1).replaceAll("<br\\s*/?>", "\n")));
		}
		String text = String.join("\n\n", paragraphs);
		// text with a "<" would be read as HTML when saved again: keep the HTML, which saves unchanged
		return text.contains("<") ? html : text;
	}
}
