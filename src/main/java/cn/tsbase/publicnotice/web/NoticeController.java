package cn.tsbase.publicnotice.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.publicnotice.ProposedListView;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.publicnotice.internal.ObjectionHandling;
import cn.tsbase.publicnotice.internal.Publications;

/**
 * The municipal bureau runs the public notice: publishes it from a proposed list, corrects its text, handles the
 * objections (with the district's verification) and finally publishes the list (发文).
 */
@Controller
@RequestMapping("/notices")
class NoticeController {

	static final int DEFAULT_WORKING_DAYS = 5;

	private final NoticeService notices;
	private final ObjectionHandling handling;
	private final Publications publishing;
	private final Attachments attachments;
	private final AuditLog audit;

	NoticeController(NoticeService notices, ObjectionHandling handling, Publications publishing, Attachments attachments, AuditLog audit) {
		this.notices = notices;
		this.handling = handling;
		this.publishing = publishing;
		this.attachments = attachments;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("notices", notices.notices());
		model.addAttribute("waiting", notices.listsWithoutNotice());
		model.addAttribute("today", notices.today());
		return "publicnotice/notices";
	}

	@GetMapping("/new")
	String showForm(@RequestParam long list, Model model) {
		model.addAttribute("list", notices.list(list));
		model.addAttribute("firstDay", notices.today().plusDays(1));
		model.addAttribute("workingDays", DEFAULT_WORKING_DAYS);
		return "publicnotice/notice-form";
	}

	/** The last day of the period, computed as the officer types (htmx). */
	@GetMapping("/last-day")
	String lastDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam int workingDays, Model model) {
		try {
			model.addAttribute("lastDay", notices.lastDay(firstDay, Math.max(1, Math.min(workingDays, 60))));
		}
		catch (StateConflictException missing) {
			model.addAttribute("lastDayError", missing.messageKey());
		}
		return "publicnotice/notice-form :: lastDay";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam long list, @RequestParam String title,
			@RequestParam String body, @RequestParam String instructions,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam int workingDays, Model model, RedirectAttributes redirect) {
		String error = validate(title, body, instructions, workingDays);
		if (error == null) {
			try {
				NoticeView notice = notices.createNotice(list, title.strip(), RichText.sanitize(body),
						instructions.strip(), firstDay, workingDays, user.getUsername());
				redirect.addFlashAttribute("flashSuccess", "notice.published");
				return "redirect:/notices/" + notice.id();
			}
			catch (StateConflictException refused) {
				error = refused.messageKey();
			}
		}
		return form(model, null, notices.list(list), firstDay, workingDays, title, body, instructions, error);
	}

	/** The notice form again, as the officer filled it in, with what is wrong; for a new or a corrected notice. */
	private String form(Model model, NoticeView replacing, ProposedListView list, LocalDate firstDay, int workingDays,
			String title, String body, String instructions, String error) {
		model.addAttribute("replacing", replacing);
		model.addAttribute("list", list);
		model.addAttribute("firstDay", firstDay);
		model.addAttribute("workingDays", workingDays);
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("instructions", instructions);
		model.addAttribute("error", error);
		return "publicnotice/notice-form";
	}

	static String validate(String title, String body, String instructions, int workingDays) {
		String error = validate(title, body, instructions);
		return error == null && (workingDays < 1 || workingDays > 60) ? "notice.workingDays.range" : error;
	}

	static String validate(String title, String body, String instructions) {
		if (title == null || title.isBlank() || title.length() > 200) {
			return "notice.title.required";
		}
		if (body == null || body.isBlank() || body.length() > 20000) {
			return "notice.body.required";
		}
		if (instructions == null || instructions.isBlank() || instructions.length() > 2000) {
			return "notice.instructions.required";
		}
		return null;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		NoticeView notice = notices.notice(id);
		List<ObjectionView> objections = handling.objections(id);
		LocalDate today = notices.today();
		model.addAttribute("notice", notice);
		model.addAttribute("objections", objections);
		model.addAttribute("publication", publishing.publication(id).orElse(null));
		model.addAttribute("bodyText", RichText.toEditableText(notice.bodyHtml()));
		model.addAttribute("today", today);
		model.addAttribute("phase", notice.phaseOn(today));
		long open = objections.stream().filter(ObjectionView::isOpen).count();
		// 发文 is offered only when it can succeed; otherwise the form says why and from when
		if (!notice.isOver(today)) {
			model.addAttribute("publishBlocked",
					new PublishBlocked("publication.notYet", notice.lastDay(), notice.firstDayOfPublication()));
		}
		else if (open > 0) {
			model.addAttribute("publishBlocked", new PublishBlocked("publication.waitingForObjections", open, null));
		}
		return "publicnotice/notice";
	}

	/** Why 发文 is not possible yet: a message key with its two arguments. */
	record PublishBlocked(String messageKey, Object first, Object second) {
	}

	/** The form of a corrected notice that replaces a live one (new dates, new text; the same list). */
	@GetMapping("/{id}/replacement")
	String replacementForm(@PathVariable long id, Model model) {
		NoticeView notice = notices.liveNotice(id);
		return form(model, notice, notices.list(notice.listId()), notices.today().plusDays(1),
				notice.workingDays(), notice.title(), RichText.toEditableText(notice.bodyHtml()),
				notice.objectionInstructions(), null);
	}

	@PostMapping("/{id}/replacement")
	String replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam String title, @RequestParam String body, @RequestParam String instructions,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam int workingDays, Model model, RedirectAttributes redirect) {
		String error = validate(title, body, instructions, workingDays);
		if (error == null) {
			try {
				NoticeView replacement = notices.replaceNotice(id, version, title.strip(), RichText.sanitize(body),
						instructions.strip(), firstDay, workingDays, user.getUsername());
				redirect.addFlashAttribute("flashSuccess", "notice.replaced");
				return "redirect:/notices/" + replacement.id();
			}
			catch (StateConflictException refused) {
				error = refused.messageKey();
			}
		}
		// a notice no longer live is refused (409) rather than offered the form again
		NoticeView notice = notices.liveNotice(id);
		return form(model, notice, notices.list(notice.listId()), firstDay, workingDays, title, body, instructions,
				error);
	}

	@PostMapping("/{id}/text")
	String correctText(@PathVariable long id, @RequestParam long version,
			@RequestParam String title, @RequestParam String body, @RequestParam String instructions,
			RedirectAttributes redirect) {
		String error = validate(title, body, instructions);
		if (error != null) {
			redirect.addFlashAttribute("flashError", error);
		}
		else {
			notices.correctText(id, version, title.strip(), RichText.sanitize(body), instructions.strip());
			redirect.addFlashAttribute("flashSuccess", "notice.corrected");
		}
		return "redirect:/notices/" + id;
	}

	@GetMapping("/{id}/objections/{objectionId}")
	String objection(@PathVariable long id, @PathVariable long objectionId, Model model) {
		ObjectionView objection = handling.objection(objectionId);
		if (objection.noticeId() != id) {
			// a link from before the notice was replaced: the objection moved to the corrected notice
			if (notices.current(id).id() == objection.noticeId()) {
				return "redirect:/notices/" + objection.noticeId() + "/objections/" + objectionId;
			}
			throw new cn.tsbase.shared.NotFoundException("Objection " + objectionId);
		}
		model.addAttribute("notice", notices.notice(id));
		model.addAttribute("objection", objection);
		// the page shows the objector's personal data unmasked
		audit.record("OBJECTION_VIEWED", "Objection", objection.id(), AuditOutcome.SUCCESS, null);
		return "publicnotice/objection";
	}

	/** An evidence file the objector filed, under its original name; every download is audited. */
	@GetMapping("/{id}/objections/{objectionId}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> evidence(@PathVariable long id, @PathVariable long objectionId,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments,
				handling.evidenceForMunicipalBureau(id, objectionId, attachmentId));
	}

	@PostMapping("/{id}/objections/{objectionId}/verification")
	String askDistrict(@PathVariable long id, @PathVariable long objectionId,
			@RequestParam long version, @RequestParam String request, RedirectAttributes redirect) {
		handling.askDistrictToVerify(objectionId, version, limit(request, 2000));
		redirect.addFlashAttribute("flashSuccess", "objection.verificationRequested");
		return "redirect:/notices/" + id + "/objections/" + objectionId;
	}

	@PostMapping("/{id}/objections/{objectionId}/investigation")
	String investigate(@PathVariable long id,
			@PathVariable long objectionId, @RequestParam long version, @RequestParam String investigation,
			RedirectAttributes redirect) {
		handling.recordInvestigation(objectionId, version, limit(investigation, 4000));
		redirect.addFlashAttribute("flashSuccess", "objection.investigationRecorded");
		return "redirect:/notices/" + id + "/objections/" + objectionId;
	}

	@PostMapping("/{id}/objections/{objectionId}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long objectionId,
			@RequestParam long version, @RequestParam ObjectionDecision decision, @RequestParam String reply,
			RedirectAttributes redirect) {
		if (reply.isBlank()) {
			redirect.addFlashAttribute("flashError", "objection.replyRequired");
			return "redirect:/notices/" + id + "/objections/" + objectionId;
		}
		handling.decide(objectionId, version, decision, limit(reply, 4000), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "objection.decided");
		return "redirect:/notices/" + id;
	}

	@PostMapping("/{id}/publication")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam String documentNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			RedirectAttributes redirect) {
		if (documentNumber.isBlank() || documentNumber.length() > 50) {
			redirect.addFlashAttribute("flashError", "publication.numberRequired");
			return "redirect:/notices/" + id;
		}
		publishing.publish(id, documentNumber.strip(), documentDate, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "publication.done");
		return "redirect:/notices/" + id;
	}

	private static String limit(String text, int max) {
		String stripped = text == null ? "" : text.strip();
		return stripped.length() > max ? stripped.substring(0, max) : stripped;
	}
}
