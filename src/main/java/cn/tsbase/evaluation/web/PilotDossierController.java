package cn.tsbase.evaluation.web;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierView;
import cn.tsbase.evaluation.internal.PilotDossierWord;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * National pilot dossiers (全国试点推荐): the list (the bureau's all, a district its own), the bureau builds a
 * district's dossier from a year's published results, writes the reason and recommends; the district adds its
 * application statement and chooses its typical cases from the case library; both download the dossier as PDF or
 * Word.
 */
@Controller
class PilotDossierController {

	private final PilotDossiers dossiers;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final PilotDossierApplication application;
	private final PilotDossierWord word;
	private final PilotDossierPage page;

	PilotDossierController(PilotDossiers dossiers, ReferenceData referenceData, TemplateEngine templates,
			PdfRenderer pdf, PilotDossierApplication application, PilotDossierWord word, PilotDossierPage page) {
		this.dossiers = dossiers;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.application = application;
		this.word = word;
		this.page = page;
	}

	record BuildForm(@NotBlank @Size(max = 12) String district, @NotNull Integer year) {
	}

	record ReasonForm(@NotBlank @Size(max = 4000) String reason, long version) {
	}

	record StatementForm(@NotBlank @Size(max = 4000) String statement, long version) {
	}

	@GetMapping("/evaluation/pilot-dossiers")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			Model model) {
		Page<PilotDossierView> found = dossiers.list(null, user, Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtCode")).and(Sort.by("id"))));
		model.addAttribute("dossiers", found);
		model.addAttribute("links", PageLinks.of(found, "/evaluation/pilot-dossiers", new LinkedMultiValueMap<>()));
		model.addAttribute("years", dossiers.publishedYears());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		if (!model.containsAttribute("build")) {
			model.addAttribute("build", new BuildForm("", null));
		}
		return "evaluation/pilot-dossiers";
	}

	@PostMapping("/evaluation/pilot-dossiers")
	String build(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("build") BuildForm form,
			BindingResult result, @RequestParam(required = false) Integer page, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return list(user, page, model);
		}
		long id = dossiers.build(form.district(), form.year(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.built");
		return "redirect:/evaluation/pilot-dossiers/" + id;
	}

	@GetMapping("/evaluation/pilot-dossiers/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page.show(user, id, model);
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/reason")
	String writeReason(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return show(user, id, model);
		}
		dossiers.writeReason(id, form.version(), form.reason().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.reasonSaved");
		return "redirect:/evaluation/pilot-dossiers/" + id;
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/statement")
	String writeStatement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("statementForm") StatementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return show(user, id, model);
		}
		dossiers.writeStatement(id, form.version(), form.statement().strip(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.statementSaved");
		return "redirect:/evaluation/pilot-dossiers/" + id;
	}

	@GetMapping("/evaluation/pilot-dossiers/{id}/dossier.docx")
	ResponseEntity<byte[]> wordDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		PilotDossierView dossier = dossiers.forDocument(id, user);
		byte[] document = word.render(dossier, fileNames(id, user), Locale.SIMPLIFIED_CHINESE);
		String name = dossier.year() + "年度" + referenceData.district(dossier.districtCode(), Locale.SIMPLIFIED_CHINESE)
				+ "全国试点推荐材料.docx";
		return Downloads.of(document, name, Downloads.DOCX);
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/recommend")
	String recommend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		dossiers.recommend(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "pilot.recommended");
		return "redirect:/evaluation/pilot-dossiers/" + id;
	}

	@GetMapping("/evaluation/pilot-dossiers/{id}/dossier.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		PilotDossierView dossier = dossiers.forDocument(id, user);
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("dossier", dossier);
		context.setVariable("districtName", referenceData.district(dossier.districtCode(), Locale.SIMPLIFIED_CHINESE));
		context.setVariable("workPlanFile", application.workPlanFile(id, user));
		context.setVariable("files", application.attachments(id, user));
		byte[] document = pdf.render(templates.process("evaluation/pilot-dossier-pdf", context));
		String name = dossier.year() + "年度" + referenceData.district(dossier.districtCode(), Locale.SIMPLIFIED_CHINESE)
				+ "全国试点推荐材料.pdf";
		return Downloads.of(document, name, Downloads.PDF);
	}

	private PilotDossierWord.Files fileNames(long id, CurrentUser user) {
		PilotDossierApplication.File plan = application.workPlanFile(id, user);
		return new PilotDossierWord.Files(plan == null ? null : plan.name(),
				application.attachments(id, user).stream().map(PilotDossierApplication.File::name).toList());
	}
}
