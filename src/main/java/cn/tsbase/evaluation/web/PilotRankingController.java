package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.evaluation.internal.PilotDossierScoring;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotLetterView;
import cn.tsbase.evaluation.internal.PilotLetterWord;
import cn.tsbase.evaluation.internal.PilotLetters;
import cn.tsbase.evaluation.internal.PilotScores;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;

/**
 * The municipal bureau's side of the national pilot: it scores a submitted dossier per criterion (back on the
 * dossier's page), sees the year's dossiers ranked, chooses districts and issues the recommendation letter (推荐函)
 * with its document number and date, downloadable as PDF and Word (推荐函-2026.pdf / .docx).
 */
@Controller
class PilotRankingController {

	private final PilotDossierScoring scoring;
	private final PilotLetters letters;
	private final PilotDossiers dossiers;
	private final PilotDossierPage page;
	private final PilotLetterWord word;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;

	PilotRankingController(PilotDossierScoring scoring, PilotLetters letters, PilotDossiers dossiers,
			PilotDossierPage page, PilotLetterWord word, TemplateEngine templates, PdfRenderer pdf,
			MessageSource messages) {
		this.scoring = scoring;
		this.letters = letters;
		this.dossiers = dossiers;
		this.page = page;
		this.word = word;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
	}

	record LetterForm(@NotNull Integer year, @NotBlank @Size(max = 50) String documentNumber,
			@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn, List<Long> dossierIds) {
	}

	@PostMapping("/evaluation/pilot-dossiers/{id}/scores")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam Map<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, PilotScores.Entry> given = new LinkedHashMap<>();
		for (IndicatorModel.Indicator criterion : scoring.criteria().indicators()) {
			String score = params.get("score_" + criterion.code());
			BigDecimal value;
			try {
				value = score == null || score.isBlank() ? null : new BigDecimal(score.strip());
			}
			catch (NumberFormatException e) {
				value = BigDecimal.valueOf(-1);
			}
			given.put(criterion.code(), new PilotScores.Entry(value, params.get("comment_" + criterion.code())));
		}
		try {
			scoring.score(id, version, given, user);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("scoreError", messages.getMessage(invalid.messageKey(), invalid.arguments(), locale));
			model.addAttribute("scoreInput", params);
			return page.show(user, id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "pilot.score.saved");
		return "redirect:/evaluation/pilot-dossiers/" + id + "#pilotScores";
	}

	@GetMapping("/evaluation/pilot-dossiers/ranking")
	String ranking(@RequestParam(required = false) Integer year, Model model) {
		List<Integer> years = dossiers.publishedYears();
		Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("criteria", scoring.criteria().indicators());
		model.addAttribute("ranking", shown == null ? List.of() : scoring.ranking(shown));
		model.addAttribute("letter", shown == null ? null : letters.ofYear(shown).orElse(null));
		if (!model.containsAttribute("letterForm")) {
			model.addAttribute("letterForm", new LetterForm(shown, null, null, List.of()));
		}
		return "evaluation/pilot-ranking";
	}

	@PostMapping("/evaluation/pilot-letters")
	String issue(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("letterForm") LetterForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && (form.dossierIds() == null || form.dossierIds().isEmpty())) {
			result.rejectValue("dossierIds", "pilot.letter.noneChosen");
		}
		if (result.hasErrors()) {
			model.addAttribute("flashError", "pilot.formInvalid");
			return ranking(form.year(), model);
		}
		letters.issue(form.year(), form.documentNumber().strip(), form.issuedOn(), form.dossierIds(), user);
		redirect.addFlashAttribute("flashSuccess", "pilot.letter.issued");
		return "redirect:/evaluation/pilot-dossiers/ranking?year=" + form.year();
	}

	@GetMapping("/evaluation/pilot-letters/{id}/letter.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PilotLetterView letter = letters.forDocument(id);
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("letter", letter);
		context.setVariable("letterDate", word.date(letter, Locale.SIMPLIFIED_CHINESE));
		context.setVariable("districtNames", word.districtNames(letter, Locale.SIMPLIFIED_CHINESE));
		byte[] document = pdf.render(templates.process("evaluation/pilot-letter-pdf", context));
		return Downloads.of(document, "推荐函-" + letter.year() + ".pdf", Downloads.PDF);
	}

	@GetMapping("/evaluation/pilot-letters/{id}/letter.docx")
	ResponseEntity<byte[]> word(@PathVariable long id) {
		PilotLetterView letter = letters.forDocument(id);
		return Downloads.of(word.render(letter, Locale.SIMPLIFIED_CHINESE), "推荐函-" + letter.year() + ".docx",
				Downloads.DOCX);
	}
}
