package cn.tsbase.evaluation.internal;

import org.springframework.web.util.HtmlUtils;

/** Sanitised rich text as plain paragraphs, for documents that carry no HTML (PDF paragraphs, Word). */
final class PlainText {

	private PlainText() {
	}

	static String of(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</tr>|</h[1-6]>|</div>", "\n")
			.replaceAll("(?i)<li[^>]*>", "• ")
			.replaceAll("<[^>]+>", "");
		return HtmlUtils.htmlUnescape(text).replaceAll("\n\\s*\n+", "\n").strip();
	}
}
