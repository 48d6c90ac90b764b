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

import cn.tsbase.notification.NotificationView;
import cn.tsbase.notification.internal.Notifications;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/** The user's own notifications: the bell's unread count, the list, opening one, marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	/** A notification as the page shows it, its text in the reader's language. */
	record ShownNotification(long id, String text, Instant createdAt, boolean read) {
	}

	private final Notifications notifications;
	private final MessageSource messages;

	NotificationController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "false") boolean unread, Locale locale, Model model) {
		Page<ShownNotification> views = notifications
			.of(user.getId(), unread, Paging.of(page, null, null, Set.of(), Notifications.NEWEST_FIRST))
			.map(notification -> view(notification, locale));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("unread", unread ? "true" : null);
		model.addAttribute("notifications", views);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("links", PageLinks.of(views, "/notifications", filters));
		return "notification/list";
	}

	/** The bell's badge; polled by the layout. */
	@GetMapping("/unread-count")
	String unreadCount(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unreadCount", notifications.unreadCount(user.getId()));
		return "notification/bell :: count";
	}

	/** Marks the notification read and goes where it points. */
	@PostMapping("/{id}/open")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return "redirect:" + notifications.open(id, user.getId());
	}

	@PostMapping("/read-all")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		notifications.markAllRead(user.getId());
		redirect.addFlashAttribute("flashSuccess", "notification.markedAllRead");
		return "redirect:/notifications";
	}

	private ShownNotification view(NotificationView notification, Locale locale) {
		String text = messages.getMessage(notification.messageKey(), notification.messageArgs().toArray(),
				notification.messageKey(), locale);
		return new ShownNotification(notification.id(), text, notification.createdAt(), notification.read());
	}
}
