package cn.tsbase.districtreview.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.declaration.Section;
import cn.tsbase.districtreview.DistrictReviewView;
import cn.tsbase.districtreview.ReviewDecision;
import cn.tsbase.districtreview.internal.DistrictReviewService;
import cn.tsbase.districtreview.internal.DistrictScoring;
import cn.tsbase.districtreview.internal.ReviewCriteria;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The district's review (审核推荐): the queue of submitted declarations, the review page with scoring, opinion,
 * IP office comments, return for correction and the decision.
 */
@Controller
@RequestMapping("/review/declarations")
class ReviewController {

	static final Set<String> SORTABLE = Set.of("submittedAt", "unitName", "status");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("id"));

	private final DistrictReviewService reviews;
	private final ReviewCriteria criteria;
	private final DistrictScoring scoring;
	private final DeclarationManagement declarations;
	private final ReferenceData referenceData;

	ReviewController(DistrictReviewService reviews, ReviewCriteria criteria, DistrictScoring scoring,
			DeclarationManagement declarations, ReferenceData referenceData) {
		this.reviews = reviews;
		this.criteria = criteria;
		this.scoring = scoring;
		this.declarations = declarations;
		this.referenceData = referenceData;
	}

	record QueueQuery(Long call, BaseType type, DeclarationStatus status, String industry, String q, Integer page,
			String sort) {

		QueueFilter filter() {
			return new QueueFilter(call, type, status, industry, q);
		}

		MultiValueMap<String, String> filters() {
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("call", call == null ? null : call.toString());
			filters.add("type", type == null ? null : type.name());
			filters.add("status", status == null ? null : status.name());
			filters.add("industry", industry);
			filters.add("q", q);
			filters.add("sort", sort);
			return filters;
		}
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user, QueueQuery query, HttpServletRequest request,
			Model model) {
		Page<DeclarationSummary> page = declarations.queuePage(query.filter(), user.scope(),
				Paging.of(query.page(), Paging.DEFAULT_SIZE, query.sort(), SORTABLE, DEFAULT_SORT));
		model.addAttribute("query", query);
		model.addAttribute("declarations", page);
		model.addAttribute("links", PageLinks.of(page, "/review/declarations", query.filters()));
		model.addAttribute("calls", declarations.callsFor(user));
		model.addAttribute("statuses", DeclarationStatus.values());
		model.addAttribute("baseTypes", BaseType.values());
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
		return Htmx.view(request, "districtreview/queue", "results");
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		DeclarationSummary declaration = reviews.declaration(id, user.scope());
		IndicatorModel criteria = this.criteria.criteria(declaration.callId(), declaration.districtCode());
		DistrictReviewView review = reviews.review(id).orElse(null);
		model.addAttribute("declaration", declaration);
		model.addAttribute("call", declarations.findCall(declaration.callId()).orElseThrow());
		model.addAttribute("criteria", criteria.indicators());
		model.addAttribute("review", review);
		model.addAttribute("scores", review == null ? Map.of() : byCode(review.scores()));
		model.addAttribute("maxTotal", criteria.totalPoints());
		model.addAttribute("comments", reviews.comments(id, user.scope()));
		model.addAttribute("sections", Section.values());
		model.addAttribute("awaiting", DeclarationStatus.AWAITING_REVIEW.contains(declaration.status()));
		return "districtreview/review";
	}

	@PostMapping("/{id}/scores")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long reviewVersion, @RequestParam(defaultValue = "") String opinion,
			@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
		Map<Integer, String> invalid = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.matches("score\\.\\d{1,3}") && !value.isBlank()) {
				int position = Integer.parseInt(name.substring("score.".length()));
				try {
					scores.put(position, new BigDecimal(value.trim()));
				}
				catch (NumberFormatException e) {
					invalid.put(position, "review.score.number");
				}
			}
		});
		Map<Integer, String> problems = invalid.isEmpty()
				? scoring.score(id, reviewVersion, scores, opinion.strip(), user) : invalid;
		if (!problems.isEmpty()) {
			show(user, id, model);
			model.addAttribute("scores", byCode(scores));
			model.addAttribute("scoreProblems", byCode(problems));
			model.addAttribute("opinion", opinion);
			return "districtreview/review";
		}
		redirect.addFlashAttribute("flashSuccess", "review.scored");
		return "redirect:/review/declarations/" + id;
	}

	/** A map by criterion position keyed as the page's criteria are coded (their positions as text). */
	private static <V> Map<String, V> byCode(Map<Integer, V> byPosition) {
		Map<String, V> byCode = new LinkedHashMap<>();
		byPosition.forEach((position, value) -> byCode.put(String.valueOf(position), value));
		return byCode;
	}

	@PostMapping("/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long reviewVersion, @RequestParam ReviewDecision decision,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 2000) {
			show(user, id, model);
			model.addAttribute("decisionError", "review.reason.required");
			return "districtreview/review";
		}
		scoring.decide(id, version, reviewVersion, decision, reason.strip(), user);
		redirect.addFlashAttribute("flashSuccess", "review.decided");
		return "redirect:/review/declarations/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version, @RequestParam Map<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		reviews.declaration(id, user.scope());
		Map<Section, String> reasons = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			String reason = parameters.get("reason." + section.name());
			if (reason != null && !reason.isBlank()) {
				reasons.put(section, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			}
		}
		try {
			declarations.returnForCorrection(id, version, reasons, user);
		}
		catch (StateConflictException refused) {
			if (!"declaration.returnNeedsReason".equals(refused.messageKey())) {
				throw refused;
			}
			show(user, id, model);
			model.addAttribute("returnError", refused.messageKey());
			return "districtreview/review";
		}
		redirect.addFlashAttribute("flashSuccess", "review.returned");
		return "redirect:/review/declarations/" + id;
	}

	@PostMapping("/{id}/comments")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		if (!text.isBlank()) {
			reviews.comment(id, text.length() > 4000 ? text.substring(0, 4000) : text.strip(), user);
			redirect.addFlashAttribute("flashSuccess", "review.commented");
		}
		return "redirect:/review/declarations/" + id + "#comments";
	}
}
