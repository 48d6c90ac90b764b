package cn.tsbase.declaration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.Section;
import cn.tsbase.declaration.internal.FieldDifference;
import cn.tsbase.referencedata.ReferenceData;

/**
 * The rows of a version comparison as a reader sees them: each field path ({@code standards.leadershipMembers},
 * {@code members[2].uscc}, {@code elements[3]}) as the section and the field's label on the form, codes as their
 * names, yes/no as words.
 */
@Component
class ComparisonRows {

	/** One differing field: where it sits on the form (section · field) and the two values as shown. */
	record Row(String section, String field, String before, String after) {
	}

	private static final Pattern PATH = Pattern.compile("([a-zA-Z]+)(?:\\[(\\d+)\\])?(?:\\.([a-zA-Z]+))?");

	private final MessageSource messages;
	private final ReferenceData referenceData;

	ComparisonRows(MessageSource messages, ReferenceData referenceData) {
		this.messages = messages;
		this.referenceData = referenceData;
	}

	List<Row> rows(List<FieldDifference> differences, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (FieldDifference difference : differences) {
			rows.add(row(difference, locale));
		}
		return rows;
	}

	Row row(FieldDifference difference, Locale locale) {
		Matcher path = PATH.matcher(difference.path());
		if (!path.matches()) {
			return new Row("", difference.path(), difference.before(), difference.after());
		}
		String root = path.group(1);
		String index = path.group(2);
		String leaf = path.group(3);
		Section section = switch (root) {
			case "basic" -> Section.BASIC;
			case "standards" -> Section.STANDARDS;
			case "elements" -> Section.ELEMENTS;
			case "secrets" -> Section.SECRETS;
			case "members" -> Section.MEMBERS;
			default -> null;
		};
		String sectionLabel = section == null ? root : message(section.messageKey(), locale, root);
		String field;
		if (section == Section.ELEMENTS && index != null) {
			field = message("decl.field.element" + index, locale, difference.path());
		}
		else if (section == Section.MEMBERS && index != null && leaf != null) {
			String key = switch (leaf) {
				case "name" -> "decl.field.memberName";
				case "uscc" -> "decl.field.memberUscc";
				case "contactPerson" -> "decl.field.memberContact";
				case "contactPhone" -> "decl.field.memberPhone";
				default -> "decl.field." + leaf;
			};
			field = messages.getMessage("compare.memberField",
					new Object[] { index, message(key, locale, leaf) }, locale);
		}
		else if (leaf != null && index == null) {
			field = message("decl.field." + leaf, locale, message("unit.field." + leaf, locale, difference.path()));
		}
		else {
			field = difference.path();
		}
		return new Row(sectionLabel, field, value(leaf, difference.before(), locale),
				value(leaf, difference.after(), locale));
	}

	private String value(String leaf, String value, Locale locale) {
		if (value == null || leaf == null) {
			return value;
		}
		return switch (leaf) {
			case "unitTypeCode" -> referenceData.unitType(value, locale);
			case "industryCode" -> referenceData.industry(value, locale);
			case "districtCode" -> referenceData.district(value, locale);
			case "guidanceWanted" -> message("true".equals(value) ? "answer.yes" : "answer.no", locale, value);
			default -> value;
		};
	}

	private String message(String key, Locale locale, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
