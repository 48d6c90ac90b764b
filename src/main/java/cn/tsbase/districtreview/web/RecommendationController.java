package cn.tsbase.districtreview.web;

import java.util.List;
import java.util.Locale;

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

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.RecommendationView;
import cn.tsbase.districtreview.internal.Recommendations;
import cn.tsbase.districtreview.internal.RecommendationDocuments;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;

/**
 * The district's recommendation list (推荐名单) for a call: preview against the quotas, lock with confirmation, then
 * the recommendation letter (推荐函) as PDF and the list as Excel. The municipal bureau lists every district's.
 */
@Controller
@RequestMapping("/review")
class RecommendationController {

	private final Recommendations recommendations;
	private final RecommendationDocuments documents;
	private final DeclarationManagement declarations;

	RecommendationController(Recommendations recommendations, RecommendationDocuments documents,
			DeclarationManagement declarations) {
		this.recommendations = recommendations;
		this.documents = documents;
		this.declarations = declarations;
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
		RecommendationView recommendation = recommendations.finalizeList(callId, quotaExplanation, user);
		redirect.addFlashAttribute("flashSuccess", "recommendation.finalized");
		return "redirect:/review/recommendations/" + recommendation.id();
	}

	@GetMapping("/recommendations")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<RecommendationView> list = recommendations.recommendations(user);
		model.addAttribute("recommendations", list);
		model.addAttribute("inPreparation", recommendations.listsInPreparation(user));
		model.addAttribute("calls", declarations.callsFor(user)
			.stream()
			.collect(java.util.stream.Collectors.toMap(CallSummary::id, CallSummary::title)));
		return "districtreview/recommendations";
	}

	@GetMapping("/recommendations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		RecommendationView recommendation = recommendations.recommendation(id, user);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("call", declarations.findCall(recommendation.callId()).orElseThrow());
		return "districtreview/recommendation-detail";
	}

	/** The recommendation letter (推荐函) in Chinese, as PDF. */
	@GetMapping("/recommendations/{id}/letter.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		RecommendationDocuments.Document letter = documents.letter(id, user);
		return Downloads.of(letter.content(), letter.fileName(), MediaType.APPLICATION_PDF);
	}

	/** The recommendation list as Excel. */
	@GetMapping("/recommendations/{id}/list.xlsx")
	ResponseEntity<byte[]> spreadsheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		RecommendationDocuments.Document list = documents.list(id, user, locale);
		return Downloads.of(list.content(), list.fileName(), Downloads.XLSX);
	}
}
