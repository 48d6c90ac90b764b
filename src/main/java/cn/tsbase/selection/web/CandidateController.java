package cn.tsbase.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.PreReviewItemView;
import cn.tsbase.selection.internal.PreReviews;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The municipal bureau collects every district's recommendations (汇总) and runs the written pre-review (书面预审).
 */
@Controller
@RequestMapping("/selection/candidates")
class CandidateController {

	static final Set<String> SORTABLE = Set.of("unitName", "districtScore", "districtCode");

	static final Sort DEFAULT_SORT = Sort.by("districtCode").and(Sort.by(Sort.Direction.DESC, "districtScore"));

	private final SelectionService selection;
	private final PreReviews preReviews;
	private final ReferenceData referenceData;

	CandidateController(SelectionService selection, PreReviews preReviews, ReferenceData referenceData) {
		this.selection = selection;
		this.preReviews = preReviews;
		this.referenceData = referenceData;
	}

	record CandidateQuery(Integer year, String district, BaseType type, CandidateStatus status, String q,
			Integer page, String sort) {

		SelectionService.CandidateFilter filter(int shownYear) {
			return new SelectionService.CandidateFilter(shownYear, district, type, status, q);
		}

		MultiValueMap<String, String> filters(int shownYear) {
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("year", String.valueOf(shownYear));
			filters.add("district", district);
			filters.add("type", type == null ? null : type.name());
			filters.add("status", status == null ? null : status.name());
			filters.add("q", q);
			filters.add("sort", sort);
			return filters;
		}
	}

	@GetMapping
	String list(CandidateQuery query, HttpServletRequest request, Model model) {
		SelectionService.Overview overview = selection.overview(query.year());
		Page<CandidateView> page = selection.search(query.filter(overview.year()),
				Paging.of(query.page(), Paging.DEFAULT_SIZE, query.sort(), SORTABLE, DEFAULT_SORT));
		model.addAttribute("overview", overview);
		model.addAttribute("query", query);
		model.addAttribute("candidates", page);
		model.addAttribute("links", PageLinks.of(page, "/selection/candidates", query.filters(overview.year())));
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("baseTypes", BaseType.values());
		model.addAttribute("statuses", CandidateStatus.values());
		return Htmx.view(request, "selection/candidates", "results");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CandidateView candidate = selection.candidate(id);
		model.addAttribute("candidate", candidate);
		model.addAttribute("review", selection.districtReview(candidate).orElse(null));
		model.addAttribute("checklist", preReviews.checklist());
		model.addAttribute("results", preReviews.preReviewResults(id));
		model.addAttribute("duplicate", selection.overview(candidate.callYear()).duplicateCodes()
			.contains(candidate.uscc()));
		return "selection/candidate";
	}

	@PostMapping("/{id}/pre-review")
	String preReview(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, @RequestParam Map<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		List<PreReviews.ItemAnswer> answers = new ArrayList<>();
		for (PreReviewItemView item : preReviews.checklist()) {
			String result = parameters.get("item." + item.id());
			if ("pass".equals(result) || "fail".equals(result)) {
				String note = parameters.getOrDefault("note." + item.id(), "");
				answers.add(new PreReviews.ItemAnswer(item.id(), "pass".equals(result),
						note.length() > 1000 ? note.substring(0, 1000) : note.strip()));
			}
		}
		List<String> problems = preReviews.preReview(id, version, answers,
				reason.length() > 2000 ? reason.substring(0, 2000) : reason);
		if (!problems.isEmpty()) {
			show(id, model);
			model.addAttribute("problems", problems);
			model.addAttribute("answers", parameters);
			return "selection/candidate";
		}
		redirect.addFlashAttribute("flashSuccess", "preReview.recorded");
		return "redirect:/selection/candidates/" + id;
	}
}
