package cn.tsbase.districtreview.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.internal.Recommendations;
import cn.tsbase.districtreview.internal.Recommendation;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;

/**
 * The district's recommendation list (推荐名单) for a call: preview against the quotas, lock with confirmation, then
 * the recommendation letter (推荐函) as PDF and the list as Excel. The municipal bureau lists every district's.
 */
@Controller
@RequestMapping("/review")
class RecommendationController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Recommendations recommendations;
	private final DeclarationManagement declarations;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	RecommendationController(Recommendations recommendations, DeclarationManagement declarations,
			ReferenceData referenceData, TemplateEngine templates, PdfRenderer pdf, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.recommendations = recommendations;
		this.declarations = declarations;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/calls/{callId}/recommendation")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		model.addAttribute("preview", recommendations.preview(callId, user));
		model.addAttribute("explanationMax", String.valueOf(Recommendations.QUOTA_EXPLANATION_MAX));
		return "districtreview/recommendation";
	}

	/**
	 * Locks the list once confirmed; a list below the call's quota also needs the written explanation
	 * ({@code quotaExplanation}), else the form comes back with the message beside the field.
	 */
	@PostMapping("/calls/{callId}/recommendation")
	String finalizeList(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "") String quotaExplanation, Model model, RedirectAttributes redirect) {
		Recommendations.RecommendationPreview preview = recommendations.preview(callId, user);
		String explanationError = null;
		if (preview.finalized() == null && !preview.quotaMet()) {
			if (quotaExplanation.isBlank()) {
				explanationError = "recommendation.explanation.required";
			}
			else if (quotaExplanation.strip().length() > Recommendations.QUOTA_EXPLANATION_MAX) {
				explanationError = "recommendation.explanation.tooLong";
			}
		}
		if (!confirmed || explanationError != null) {
			model.addAttribute("preview", preview);
			model.addAttribute("confirmError", confirmed ? null : "recommendation.confirmRequired");
			model.addAttribute("explanationError", explanationError);
			model.addAttribute("quotaExplanation", quotaExplanation);
			model.addAttribute("explanationMax", String.valueOf(Recommendations.QUOTA_EXPLANATION_MAX));
			return "districtreview/recommendation";
		}
		Recommendation recommendation = recommendations.finalizeList(callId, quotaExplanation, user);
		redirect.addFlashAttribute("flashSuccess", "recommendation.finalized");
		return "redirect:/review/recommendations/" + recommendation.getId();
	}

	@GetMapping("/recommendations")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Recommendation> list = recommendations.recommendations(user);
		model.addAttribute("recommendations", list);
		model.addAttribute("inPreparation", recommendations.listsInPreparation(user));
		model.addAttribute("calls", declarations.callsFor(user)
			.stream()
			.collect(java.util.stream.Collectors.toMap(CallSummary::id, CallSummary::title)));
		return "districtreview/recommendations";
	}

	@GetMapping("/recommendations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Recommendation recommendation = recommendations.recommendation(id, user);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("call", declarations.findCall(recommendation.getCallId()).orElseThrow());
		return "districtreview/recommendation-detail";
	}

	/** The recommendation letter (推荐函) in Chinese, as PDF. */
	@GetMapping("/recommendations/{id}/letter.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Recommendation recommendation = recommendations.recommendation(id, user);
		CallSummary call = declarations.findCall(recommendation.getCallId()).orElseThrow();
		Context context = new Context(CHINESE);
		context.setVariable("recommendation", recommendation);
		context.setVariable("call", call);
		context.setVariable("district", referenceData.district(recommendation.getDistrictCode(), CHINESE));
		context.setVariable("date", LocalDate.ofInstant(recommendation.getFinalizedAt(), clock.getZone()));
		context.setVariable("referenceData", referenceData);
		byte[] document = pdf.render(templates.process("districtreview/letter-pdf", context));
		audit.record("RECOMMENDATION_LETTER_DOWNLOADED", "Recommendation", id, AuditOutcome.SUCCESS, null);
		return Downloads.of(document, messages.getMessage("recommendation.letter.file",
				new Object[] { referenceData.district(recommendation.getDistrictCode(), CHINESE), call.year() },
				CHINESE), MediaType.APPLICATION_PDF);
	}

	/** The recommendation list as Excel. */
	@GetMapping("/recommendations/{id}/list.xlsx")
	ResponseEntity<byte[]> spreadsheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		Recommendation recommendation = recommendations.recommendation(id, user);
		CallSummary call = declarations.findCall(recommendation.getCallId()).orElseThrow();
		List<String> headers = List.of(msg("recommendation.column.no", locale), msg("unit.field.name", locale),
				msg("declaration.baseType", locale), msg("unit.field.industryCode", locale),
				msg("unit.field.districtCode", locale), msg("recommendation.column.score", locale));
		List<List<Object>> rows = new java.util.ArrayList<>();
		int no = 1;
		for (Recommendation.Entry entry : recommendation.getEntries()) {
			rows.add(List.of(no++, entry.getUnitName(), msg(entry.getBaseType().messageKey(), locale),
					referenceData.industry(entry.getIndustryCode(), locale),
					referenceData.district(recommendation.getDistrictCode(), locale),
					entry.getTotalScore() == null ? "" : entry.getTotalScore()));
		}
		byte[] workbook = Spreadsheets.write(msg("recommendation.sheet", locale), headers, rows);
		audit.record("RECOMMENDATION_LIST_DOWNLOADED", "Recommendation", id, AuditOutcome.SUCCESS, null);
		return Downloads.of(workbook, messages.getMessage("recommendation.list.file",
				new Object[] { referenceData.district(recommendation.getDistrictCode(), locale), call.year() }, locale),
				Downloads.XLSX);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
