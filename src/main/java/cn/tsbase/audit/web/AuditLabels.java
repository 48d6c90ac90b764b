package cn.tsbase.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit page's words for the codes the trail stores ({@code ${@auditLabels.event(code)}} in templates): event
 * codes ({@code audit.event.<CODE>}), object types ({@code audit.objectType.<Type>}) and the codes inside details
 * ({@code audit.detail.<token>}, e.g. an exception name or a reason code). A code without a label (only tests write
 * those) shows as stored.
 */
@Component("auditLabels")
public class AuditLabels {

	private static final Pattern TOKEN = Pattern.compile("(?<![/\\w.\\-])[A-Za-z][A-Za-z0-9_]*\\b");

	/**
	 * The phrases of details that read as one (label {@code audit.detail.<phrase with _ for each run of other
	 * characters>}), replaced before the single words, longest first.
	 */
	public static final List<String> PHRASES = List.of("written explanation stored with the list", "with stale version",
			"password; second factor pending", "no platform address for links", "link to the account's e-mail",
			"question added to element", "not in scope or unknown", "another party's file", "other sessions ended",
			"used or expired link", "awaiting activation", "escalation answered", "read under a grant",
			"after role change", "no e-mail address", "objections moved", "liaison problem", "outside the cap",
			"watermarked for", "assignments to", "concurrent use", "evidence files", "no mail server",
			"pairs assigned", "sessions ended", "shared results", "username taken", "all districts", "mail not sent",
			"respond until", "unknown link", "expert pool", "from source", "code taken", "moved down", "no officer",
			"self total", "broken at", "by notice", "not found", "moved up", "more than", "copy of");

	public static String phraseKey(String phrase) {
		return "audit.detail." + phrase.replaceAll("[^A-Za-z]+", "_");
	}

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** An event code with its label, for filters. */
	public record Option(String code, String label) {
	}

	public String event(String code) {
		return label("audit.event.", code);
	}

	public String objectType(String type) {
		return label("audit.objectType.", type);
	}

	/** The object as type label and id. */
	public String object(String type, String id) {
		if (type == null) {
			return "";
		}
		return objectType(type) + (id == null ? "" : " " + id);
	}

	/** The detail with every phrase, then every token, that has a label replaced by it. */
	public String detail(String detail) {
		if (detail == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		for (String phrase : PHRASES) {
			if (detail.contains(phrase)) {
				detail = detail.replace(phrase, messages.getMessage(phraseKey(phrase), null, phrase, locale));
			}
		}
		Matcher matcher = TOKEN.matcher(detail);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String token = matcher.group();
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(messages.getMessage("audit.detail." + token, null, token, locale)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	public List<Option> events(List<String> codes) {
		return codes.stream().map(code -> new Option(code, event(code))).toList();
	}

	private String label(String prefix, String code) {
		if (code == null) {
			return "";
		}
		return messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
	}
}
