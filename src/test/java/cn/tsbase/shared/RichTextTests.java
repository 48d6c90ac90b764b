package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rich text back in an edit box: the plain text it was made from, so the box shows no tags. */
class RichTextTests {

	@Test
	void plainTextComesBackAsItWasTypedAndSavesToTheSameHtml() {
		String typed = "第一段，含 & 与 \"引号\"。\n第一段第二行\n\n第二段";
		String html = RichText.sanitize(typed);
		assertThat(html).startsWith("<p>");
		String editable = RichText.toEditableText(html);
		assertThat(editable).isEqualTo(typed).doesNotContain("<p>", "&amp;");
		assertThat(RichText.sanitize(editable)).isEqualTo(html);
	}

	@Test
	void htmlWithMoreThanParagraphsStaysHtml() {
		String html = RichText.sanitize("<ul><li>一</li><li>二</li></ul>");
		assertThat(RichText.toEditableText(html)).isEqualTo(html);
		assertThat(RichText.toEditableText(null)).isEmpty();
	}
}
