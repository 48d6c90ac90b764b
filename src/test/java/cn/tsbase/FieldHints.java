package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Field hints on a form: every field a user types into or chooses in is described (aria-describedby) by a hint
 * shown under it, and every id it names is on the page. Check boxes and radio buttons are described by their group,
 * the honeypot of public forms is no field.
 */
public final class FieldHints {

	private static final Set<String> NOT_TYPED = Set.of("hidden", "submit", "button", "checkbox", "radio", "reset",
			"image");

	private FieldHints() {
	}

	/** The fields of the form (a CSS selector on the page) that lack a hint, as "id: why". */
	public static List<String> unhinted(Document page, String form) {
		Element root = page.selectFirst(form);
		assertThat(root).as("form " + form).isNotNull();
		List<String> missing = new ArrayList<>();
		for (Element field : root.select("input, select, textarea")) {
			if (NOT_TYPED.contains(field.attr("type").toLowerCase()) || field.hasAttr("readonly")
					|| !field.parents().select("[aria-hidden=true]").isEmpty()) {
				continue;
			}
			String name = field.id().isEmpty() ? field.attr("name") : field.id();
			String describedBy = field.attr("aria-describedby").strip();
			if (describedBy.isEmpty()) {
				missing.add(name + ": no aria-describedby");
				continue;
			}
			boolean hinted = false;
			for (String id : describedBy.split("\\s+")) {
				Element described = page.getElementById(id);
				if (described == null) {
					missing.add(name + ": describedby " + id + " is not on the page");
				}
				else if (!described.text().isBlank() && !described.hasClass("invalid-feedback")
						&& !described.text().contains("??")) {
					hinted = true;
				}
			}
			if (!hinted) {
				missing.add(name + ": no hint text");
			}
		}
		return missing;
	}

	/** Asserts that every field of the form has its hint. */
	public static void assertEveryFieldHinted(Document page, String form) {
		assertThat(unhinted(page, form)).as("fields of " + form + " without a hint").isEmpty();
	}
}
