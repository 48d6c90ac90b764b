package cn.tsbase.audit.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.audit.AuditEntryView;
import cn.tsbase.audit.internal.AuditTrail;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/** The audit administrator reads the audit trail (审计日志) and verifies its chain. */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final AuditTrail trail;
	private final AuditLabels labels;

	AuditController(AuditTrail trail, AuditLabels labels) {
		this.trail = trail;
		this.labels = labels;
	}

	record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, String event, String outcome,
			Integer page) {

		MultiValueMap<String, String> filters() {
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("from", from == null ? null : from.toString());
			filters.add("to", to == null ? null : to.toString());
			filters.add("actor", actor);
			filters.add("event", event);
			filters.add("outcome", outcome);
			return filters;
		}
	}

	@GetMapping
	String list(AuditQuery query, HttpServletRequest request, Model model) {
		Page<AuditEntryView> page = trail.browse(
				query.from() == null ? null : query.from().atStartOfDay(BEIJING).toInstant(),
				query.to() == null ? null : query.to().plusDays(1).atStartOfDay(BEIJING).toInstant(), query.actor(),
				query.event(), query.outcome(),
				Paging.of(query.page(), 50, null, Set.of(), Sort.by(Sort.Direction.DESC, "seq")));
		model.addAttribute("query", query);
		model.addAttribute("entries", page);
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		model.addAttribute("events", labels.events(trail.events())
			.stream()
			.sorted(Comparator.comparing(AuditLabels.Option::label, collator))
			.toList());
		model.addAttribute("links", PageLinks.of(page, "/audit", query.filters()));
		return Htmx.view(request, "audit/list", "results");
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", trail.verifyAndRecord());
		return "redirect:/audit";
	}
}
