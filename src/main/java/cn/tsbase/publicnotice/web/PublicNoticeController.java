package cn.tsbase.publicnotice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;

import cn.tsbase.publicnotice.internal.EvidenceRejectedException;
import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objector;
import cn.tsbase.shared.IdCardNumber;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.web.PublicPage;
import cn.tsbase.publicnotice.internal.ObjectionFiling;

/**
 * The public side, without login: the notices (公示) with their archive, the written real-name objection form, and
 * the status page an objector opens with the receipt number and secret code.
 */
@Controller
@RequestMapping("/public")
class PublicNoticeController {

	private final NoticeService notices;
	private final ObjectionFiling filing;
	private final MessageSource messages;
	private final ObjectionRateLimits limits;

	PublicNoticeController(NoticeService notices, ObjectionFiling filing, MessageSource messages, ObjectionRateLimits limits) {
		this.notices = notices;
		this.filing = filing;
		this.messages = messages;
		this.limits = limits;
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
		// a notice replaced by a corrected one takes its objections through the replacement
		NoticeView notice = notices.current(id);
		model.addAttribute("notice", notice);
		model.addAttribute("replaced", notice.id() != id);
		model.addAttribute("open", notice.isOpenForObjections(notices.today()));
		model.addAttribute("form", ObjectionForm.empty());
		model.addAttribute("maxEvidenceFiles", filing.maxEvidenceFiles());
		return "publicnotice/objection-form";
	}

	@PostMapping("/notices/{id}/objection")
	String fileObjection(@PathVariable long id, @Valid @ModelAttribute("form") ObjectionForm form,
			BindingResult result,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidenceFiles,
			HttpServletRequest request, Locale locale, Model model) {
		if (!limits.tryAttempt(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection attempt rate limit");
		}
		NoticeView notice = notices.current(id);
		model.addAttribute("notice", notice);
		model.addAttribute("replaced", notice.id() != id);
		model.addAttribute("maxEvidenceFiles", filing.maxEvidenceFiles());
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
		List<ObjectionFiling.EvidenceUpload> evidence = chosen(evidenceFiles);
		if (evidence.size() > filing.maxEvidenceFiles()) {
			model.addAttribute("evidenceError", messages.getMessage("objection.evidence.tooMany",
					new Object[] { filing.maxEvidenceFiles() }, locale));
		}
		if (result.hasErrors() || model.containsAttribute("evidenceError")) {
			return "publicnotice/objection-form";
		}
		// only a complete objection counts against the filing limit: correcting the form costs nothing
		if (!limits.tryFiling(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection rate limit");
		}
		try {
			ObjectionFiling.Receipt receipt = filing.fileObjection(notice.id(),
					new Objector(form.name().strip(), idNumber, unit ? form.unit().strip() : null, unitUscc,
							form.phone().strip(), blankToNull(form.email())),
					form.target(), form.grounds().strip(), evidence);
			model.addAttribute("receipt", receipt);
			model.addAttribute("evidenceCount", evidence.size());
			return "publicnotice/objection-receipt";
		}
		catch (EvidenceRejectedException rejected) {
			// nothing was stored: the objector corrects the file and files the whole objection again
			String why = messages.getMessage(rejected.reason().messageKey(), rejected.reason().arguments(), locale);
			model.addAttribute("evidenceError", messages.getMessage("objection.evidence.rejected",
					new Object[] { rejected.fileName(), why }, locale));
			return "publicnotice/objection-form";
		}
		catch (StateConflictException closed) {
			model.addAttribute("open", false);
			return "publicnotice/objection-form";
		}
	}

	/** The files chosen in the form; a browser sends an empty part without a name for a file input left empty. */
	private static List<ObjectionFiling.EvidenceUpload> chosen(List<MultipartFile> files) {
		List<ObjectionFiling.EvidenceUpload> chosen = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				String name = file.getOriginalFilename();
				if (name != null && !name.isBlank()) {
					chosen.add(new ObjectionFiling.EvidenceUpload(name, file));
				}
			}
		}
		return chosen;
	}

	@GetMapping("/objections/status")
	String statusForm() {
		return "publicnotice/objection-status";
	}

	@PostMapping("/objections/status")
	String status(@RequestParam(defaultValue = "") String receiptNo, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		if (!limits.tryLookup(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection lookup rate limit");
		}
		model.addAttribute("receiptNo", receiptNo);
		filing.lookUp(receiptNo, code).ifPresentOrElse(o -> model.addAttribute("objection", o),
				() -> model.addAttribute("notFound", true));
		return "publicnotice/objection-status";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
