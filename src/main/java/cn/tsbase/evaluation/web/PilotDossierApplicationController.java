package cn.tsbase.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierCases;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotResultKind;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's application in its pilot dossier: the work plan (工作方案, rich text sanitised, and/or a document),
 * institutional results (制度性成果) with their documents, further attachments, and the submission to the municipal
 * bureau. Every form goes back to the dossier's page; invalid input is shown there with the form as typed.
 */
@Controller
class PilotDossierApplicationController {

	private final PilotDossierApplication application;
	private final PilotDossiers dossiers;
	private final PilotDossierPage page;
	private final PilotDossierCases cases;
	private final Attachments attachments;
	private final MessageSource messages;

	PilotDossierApplicationController(PilotDossierApplication application, PilotDossiers dossiers,
			PilotDossierPage page, PilotDossierCases cases, Attachments attachments, MessageSource messages) {
		this.application = application;
		this.dossiers = dossiers;
		this.page = page;
		this.cases = cases;
		this.attachments = attachments;
		this.messages = messages;
	}

	record WorkPlanForm(@Size(max = 10000) String workPlan, long version) {
	}

	record ResultForm(@NotBlank @Size(max = 200) String title, @NotNull PilotResultKind kind,
			@NotNull @PastOrPresent @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn, long version) {
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/work-plan")
	String writeWorkPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("workPlanForm") WorkPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return page.show(user, id, model);
		}
		application.writeWorkPlan(id, form.version(), RichText.sanitize(form.workPlan()), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.workPlan.saved");
		return page(id, "pilotWorkPlan");
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/work-plan/file")
	String attachWorkPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		return upload(id, "pilotWorkPlan", file, (name, in) -> application.attachWorkPlan(id, version, name, in, user),
				"pilot.workPlan.fileSaved", locale, redirect);
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/results")
	String addResult(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("resultForm") ResultForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			result.reject("pilot.result.fileRequired");
		}
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return page.show(user, id, model);
		}
		try (InputStream in = file.getInputStream()) {
			application.addResult(id, form.version(), form.title().strip(), form.kind(), form.issuedOn(),
					file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "pilot.result.added");
		}
		catch (AttachmentRejectedException rejected) {
			model.addAttribute("pilotFileError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			return page.show(user, id, model);
		}
		return page(id, "pilotResults");
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/results/{attachmentId}/remove")
	String removeResult(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId, @RequestParam long version, RedirectAttributes redirect) {
		application.removeResult(id, version, attachmentId, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.result.removed");
		return page(id, "pilotResults");
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/attachments")
	String addAttachment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		return upload(id, "pilotAttachments", file,
				(name, in) -> application.addAttachment(id, version, name, in, user), "pilot.attachment.added", locale,
				redirect);
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/attachments/{attachmentId}/remove")
	String removeAttachment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId, @RequestParam long version, RedirectAttributes redirect) {
		application.removeAttachment(id, version, attachmentId, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.attachment.removed");
		return page(id, "pilotAttachments");
	}

	@GetMapping("/evaluation/pilot-dossiers/{id}/files/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments, application.file(id, attachmentId, user));
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/cases")
	String chooseCases(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(name = "caseIds", required = false) List<Long> caseIds, RedirectAttributes redirect) {
		cases.choose(id, version, caseIds == null ? List.of() : caseIds, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.cases.saved");
		return "redirect:/evaluation/pilot-dossiers/" + id;
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		dossiers.submit(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.submitted");
		return page(id, null);
	}

	/** Stores one uploaded file and goes back to the page's section: saved, no file chosen, or the file refused. */
	private String upload(long id, String section, MultipartFile file, Upload store, String savedKey, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "pilot.fileRequired");
			return page(id, section);
		}
		try (InputStream in = file.getInputStream()) {
			store.store(file.getOriginalFilename(), in);
			redirect.addFlashAttribute("flashSuccess", savedKey);
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("pilotFileError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		return page(id, section);
	}

	/** One of the dossier's uploads (the work plan's document, an attachment) through its use case. */
	private interface Upload {

		void store(String fileName, InputStream content);
	}

	private static String page(long id, String anchor) {
		return "redirect:/evaluation/pilot-dossiers/" + id + (anchor == null ? "" : "#" + anchor);
	}
}
