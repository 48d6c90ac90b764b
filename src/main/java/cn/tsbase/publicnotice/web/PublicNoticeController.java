package cn.tsbase.publicnotice.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.tsbase.publicnotice.internal.Notice;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objection;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.SlidingWindowRateLimiter;
import cn.tsbase.shared.web.PublicPage;

/**
 * The public side, without login: the notices (公示) with their archive, the written real-name objection form, and
 * the status page an objector opens with the receipt number and secret code.
 */
@Controller
@RequestMapping("/public")
class PublicNoticeController {

	private final NoticeService notices;
	private final SlidingWindowRateLimiter filings;
	private final SlidingWindowRateLimiter lookups;

	PublicNoticeController(NoticeService notices, Clock clock,
			@Value("${tsbase.objections.per-ip-per-hour:10}") int filingsPerHour) {
		this.notices = notices;
		this.filings = new SlidingWindowRateLimiter(filingsPerHour, Duration.ofHours(1), clock);
		this.lookups = new SlidingWindowRateLimiter(30, Duration.ofMinutes(10), clock);
	}

	/** A plain endpoint of the same application: the baseline of the public pages' benchmark, and a liveness probe. */
	@GetMapping("/ping")
	@ResponseBody
	String ping() {
		return "ok";
	}

	@GetMapping("/notices")
	@PublicPage
	String archive(Model model) {
		model.addAttribute("notices", notices.notices());
		model.addAttribute("today", notices.today());
		return "publicnotice/public-archive";
	}

	@GetMapping("/notices/{id}")
	@PublicPage
	String notice(@PathVariable long id, Model model) {
		model.addAttribute("notice", notices.notice(id));
		model.addAttribute("today", notices.today());
		return "publicnotice/public-notice";
	}

	@GetMapping("/notices/{id}/objection")
	String objectionForm(@PathVariable long id, Model model) {
		Notice notice = notices.notice(id);
		model.addAttribute("notice", notice);
		model.addAttribute("open", notice.isOpenForObjections(notices.today()));
		model.addAttribute("form", ObjectionForm.empty());
		return "publicnotice/objection-form";
	}

	@PostMapping("/notices/{id}/objection")
	String fileObjection(@PathVariable long id, @Valid @ModelAttribute("form") ObjectionForm form,
			BindingResult result, HttpServletRequest request, Model model) {
		if (!filings.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection rate limit");
		}
		Notice notice = notices.notice(id);
		model.addAttribute("notice", notice);
		boolean open = notice.isOpenForObjections(notices.today());
		model.addAttribute("open", open);
		if (form.website() != null && !form.website().isBlank()) {
			// a robot filled in the honeypot: answer as if nothing happened, store nothing
			return "publicnotice/objection-form";
		}
		if (!open) {
			return "publicnotice/objection-form";
		}
		String idNumber = null;
		String unitUscc = null;
		boolean person = form.idNumber() != null && !form.idNumber().isBlank();
		boolean unit = form.unit() != null && !form.unit().isBlank();
		if (!person && !unit) {
			result.reject("objection.identityRequired");
		}
		if (person) {
			idNumber = IdCardNumber.parse(form.idNumber());
			if (idNumber == null) {
				result.rejectValue("idNumber", "objection.idNumber.invalid");
			}
		}
		if (unit) {
			Uscc.Result code = Uscc.parse(form.unitUscc());
			if (!code.valid()) {
				result.rejectValue("unitUscc", code.problem().messageKey(), code.arguments(), null);
			}
			else {
				unitUscc = code.uscc().get().value();
			}
		}
		if (result.hasErrors()) {
			return "publicnotice/objection-form";
		}
		try {
			NoticeService.Receipt receipt = notices.fileObjection(id,
					new Objection.Objector(form.name().strip(), idNumber, unit ? form.unit().strip() : null, unitUscc,
							form.phone().strip(), blankToNull(form.email())),
					form.target(), form.grounds().strip());
			model.addAttribute("receipt", receipt);
			return "publicnotice/objection-receipt";
		}
		catch (StateConflictException closed) {
			model.addAttribute("open", false);
			return "publicnotice/objection-form";
		}
	}

	@GetMapping("/objections/status")
	String statusForm() {
		return "publicnotice/objection-status";
	}

	@PostMapping("/objections/status")
	String status(@RequestParam(defaultValue = "") String receiptNo, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		if (!lookups.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection lookup rate limit");
		}
		model.addAttribute("receiptNo", receiptNo);
		notices.lookUp(receiptNo, code).ifPresentOrElse(o -> model.addAttribute("objection", o),
				() -> model.addAttribute("notFound", true));
		return "publicnotice/objection-status";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
