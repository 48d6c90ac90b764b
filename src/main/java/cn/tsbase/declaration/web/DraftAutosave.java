package cn.tsbase.declaration.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.tsbase.shared.web.Htmx;

/**
 * The autosave of a section (an htmx request to the section's save endpoint, sent by {@code declaration-form.js} a
 * few seconds after the last edit): answered with a status fragment, "已自动保存 hh:mm" and the new version (out of
 * band, so the next save carries it), or why it was not saved. A stale version is refused as any save is (409).
 */
final class DraftAutosave {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	static final String FRAGMENT = "declaration/parts :: autosaveStatus";

	private DraftAutosave() {
	}

	/** Whether the current request is an htmx (autosave) request. */
	static boolean requested() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& Htmx.isHtmx(attributes.getRequest());
	}

	static String saved(long version, Clock clock, Model model) {
		model.addAttribute("autosaved", true);
		model.addAttribute("version", version);
		model.addAttribute("savedAt", LocalTime.ofInstant(clock.instant(), BEIJING).format(HOURS_MINUTES));
		return FRAGMENT;
	}

	static String notSaved(BindingResult result, Model model) {
		model.addAttribute("autosaved", false);
		model.addAttribute("errorCount", result.getErrorCount());
		return FRAGMENT;
	}
}
