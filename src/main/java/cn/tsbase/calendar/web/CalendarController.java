package cn.tsbase.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.calendar.DayKind;
import cn.tsbase.calendar.internal.CalendarService;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;

/** The system administrator maintains the working-day calendar (节假日与调休) year by year. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

	private final CalendarService calendar;
	private final Clock clock;

	CalendarController(CalendarService calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now(clock);
		int shown = year == null ? today.getYear() : Math.max(2000, Math.min(2100, year));
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.days(shown));
		model.addAttribute("entered", calendar.year(shown).orElse(null));
		model.addAttribute("missingYears", calendar.missingYears(today));
		model.addAttribute("kinds", DayKind.values());
		return "calendar/calendar";
	}

	@PostMapping("/days")
	String add(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam DayKind kind, @RequestParam String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 50) {
			redirect.addFlashAttribute("flashError", "calendar.nameRequired");
		}
		else {
			try {
				calendar.add(day, kind, name.strip(), user.getUsername());
				redirect.addFlashAttribute("flashSuccess", "calendar.dayAdded");
			}
			catch (StateConflictException refused) {
				redirect.addFlashAttribute("flashError", refused.messageKey());
			}
		}
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	@PostMapping("/days/remove")
	String remove(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		calendar.remove(day, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "calendar.dayRemoved");
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	@PostMapping("/years")
	String markEntered(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, RedirectAttributes redirect) {
		calendar.markEntered(year, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "calendar.yearEntered");
		return "redirect:/admin/calendar?year=" + year;
	}

	/** What a period of working days comes to: a check before relying on it. */
	@GetMapping("/period")
	String period(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate first,
			@RequestParam int days, Model model) {
		show(first.getYear(), model);
		model.addAttribute("periodFirst", first);
		model.addAttribute("periodDays", days);
		try {
			model.addAttribute("periodLast", calendar.lastDayOf(first, Math.max(1, Math.min(days, 250))));
		}
		catch (StateConflictException missing) {
			model.addAttribute("periodError", missing.messageKey());
		}
		return "calendar/calendar";
	}
}
