package cn.tsbase.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;
import cn.tsbase.evaluation.internal.PilotProgressFigures;
import cn.tsbase.evaluation.internal.PilotProgressReports;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The half-yearly progress reports of a district in the national pilot: the district files one (text, figures, an
 * optional first attachment), adds files and revises a returned one; the bureau accepts or returns it with a reason.
 * Every form goes back to the pilot's page; invalid input is shown there with the form as typed.
 */
@Controller
class PilotProgressController {

	private final PilotProgressReports reports;
	private final DistrictPilotPage page;
	private final Attachments attachments;
	private final MessageSource messages;

	PilotProgressController(PilotProgressReports reports, DistrictPilotPage page, Attachments attachments,
			MessageSource messages) {
		this.reports = reports;
		this.page = page;
		this.attachments = attachments;
		this.messages = messages;
	}

	record ReportForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(2) Integer half,
			@NotBlank @Size(max = 10000) String content, @NotNull @Min(0) @Max(1_000_000) Integer trainings,
			@NotNull @Min(0) @Max(10_000_000) Integer peopleTrained, @NotNull @Min(0) @Max(1_000_000) Integer firmsVisited,
			@NotNull @Min(0) @Max(10_000) Integer institutionalResults, @NotNull @Min(0) @Max(1_000_000) Integer casesHandled,
			Long version) {

		static ReportForm empty() {
			return new ReportForm(null, null, null, 0, 0, 0, 0, 0, null);
		}

		PilotProgressFigures figures() {
			return new PilotProgressFigures(trainings, peopleTrained, firmsVisited, institutionalResults,
					casesHandled);
		}
	}

	record ReturnForm(@NotBlank @Size(max = 1000) String reason, long version) {
	}

	@PostMapping("/evaluation/pilots/{id}/reports")
	String file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try {
				long reportId = reports.file(id, form.year(), form.half(), form.content().strip(), form.figures(), user);
				redirect.addFlashAttribute("flashSuccess", "pilot.progress.submitted");
				if (file != null && !file.isEmpty()) {
					store(reportId, file, user, locale, redirect);
				}
				return "redirect:/evaluation/pilots/" + id + "#pilotReports";
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), null);
			}
		}
		model.addAttribute("flashError", "pilot.formInvalid");
		return page.show(user, id, model);
	}

	@PostMapping("/evaluation/pilot-reports/{id}/revise")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long pilotId = reports.pilotOf(id, user);
		if (result.hasErrors() || form.version() == null) {
			model.addAttribute("flashError", "pilot.formInvalid");
			model.addAttribute("revisingId", id);
			return page.show(user, pilotId, model);
		}
		reports.revise(id, form.version(), form.content().strip(), form.figures(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.progress.submitted");
		return "redirect:/evaluation/pilots/" + pilotId + "#report" + id;
	}

	@PostMapping("/evaluation/pilot-reports/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		long pilotId = reports.pilotOf(id, user);
		reports.accept(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.progress.accepted");
		return "redirect:/evaluation/pilots/" + pilotId + "#report" + id;
	}

	@PostMapping("/evaluation/pilot-reports/{id}/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, RedirectAttributes redirect) {
		long pilotId = reports.pilotOf(id, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "pilot.progress.reasonRequired");
			return "redirect:/evaluation/pilots/" + pilotId + "#report" + id;
		}
		reports.returnForRevision(id, form.version(), form.reason().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.progress.returned");
		return "redirect:/evaluation/pilots/" + pilotId + "#report" + id;
	}

	@PostMapping("/evaluation/pilot-reports/{id}/files")
	String addFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		long pilotId = reports.pilotOf(id, user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "pilot.fileRequired");
		}
		else if (store(id, file, user, locale, redirect)) {
			redirect.addFlashAttribute("flashSuccess", "pilot.attachment.added");
		}
		return "redirect:/evaluation/pilots/" + pilotId + "#report" + id;
	}

	@GetMapping("/evaluation/pilot-reports/{id}/files/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, reports.file(id, attachmentId, user));
	}

	private boolean store(long reportId, MultipartFile file, CurrentUser user, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			reports.addFile(reportId, file.getOriginalFilename(), in, user);
			return true;
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("pilotFileError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			return false;
		}
	}
}
