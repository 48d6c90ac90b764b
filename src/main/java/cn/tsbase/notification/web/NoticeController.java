package cn.tsbase.notification.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.notification.internal.Notice;
import cn.tsbase.notification.internal.Notices;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/** The user's own notices: the bell's unread count, the list, opening one, marking all read. */
@Controller
@RequestMapping("/notices")
class NoticeController {

	/** A notice as the page shows it, its text in the reader's language. */
	record NoticeView(long id, String text, Instant createdAt, boolean read) {
	}

	private final Notices notices;
	private final MessageSource messages;

	NoticeController(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "false") boolean unread, Locale locale, Model model) {
		Page<NoticeView> views = notices
			.of(user.getId(), unread, Paging.of(page, null, null, Set.of(), Notices.NEWEST_FIRST))
			.map(notice -> view(notice, locale));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("unread", unread ? "true" : null);
		model.addAttribute("notices", views);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("links", PageLinks.of(views, "/notices", filters));
		return "notification/list";
	}

	/** The bell's badge; polled by the layout. */
	@GetMapping("/unread-count")
	String unreadCount(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unreadCount", notices.unreadCount(user.getId()));
		return "notification/bell :: count";
	}

	/** Marks the notice read and goes where it points. */
	@PostMapping("/{id}/open")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return "redirect:" + notices.open(id, user.getId());
	}

	@PostMapping("/read-all")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		notices.markAllRead(user.getId());
		redirect.addFlashAttribute("flashSuccess", "notice.markedAllRead");
		return "redirect:/notices";
	}

	private NoticeView view(Notice notice, Locale locale) {
		String text = messages.getMessage(notice.getMessageKey(), notice.getMessageArgs().toArray(),
				notice.getMessageKey(), locale);
		return new NoticeView(notice.getId(), text, notice.getCreatedAt(), notice.isRead());
	}
}
