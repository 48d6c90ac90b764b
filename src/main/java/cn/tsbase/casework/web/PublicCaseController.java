package cn.tsbase.casework.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.casework.internal.InfringementForm;
import cn.tsbase.casework.internal.PublicCase;
import cn.tsbase.casework.internal.SecretCategory;
import cn.tsbase.casework.internal.PublicCaseLibrary;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.PublicPage;

/**
 * The public typical case library (典型案例库): the desensitised versions of published cases, searchable and filtered
 * by tag, district and year, without login; pages cached like the other public pages, the JSON API cacheable.
 */
@Controller
@Tag(name = "cases")
class PublicCaseController {

	private static final CacheControl PUBLIC = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	private final PublicCaseLibrary cases;
	private final ReferenceData referenceData;

	PublicCaseController(PublicCaseLibrary cases, ReferenceData referenceData) {
		this.cases = cases;
		this.referenceData = referenceData;
	}

	record CaseQuery(String q, SecretCategory secret, InfringementForm form, String industry, String district,
			Integer year, Integer page) {

		PublicCaseLibrary.PublicFilter filter() {
			return new PublicCaseLibrary.PublicFilter(q, secret, form, industry, district, year);
		}

		MultiValueMap<String, String> filters() {
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("q", q);
			filters.add("secret", secret == null ? null : secret.name());
			filters.add("form", form == null ? null : form.name());
			filters.add("industry", industry);
			filters.add("district", district);
			filters.add("year", year == null ? null : year.toString());
			return filters;
		}
	}

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id"));

	@GetMapping("/public/cases")
	@PublicPage(parameters = { "q", "secret", "form", "industry", "district", "year", "page" })
	String list(CaseQuery query, HttpServletRequest request, Model model) {
		Page<PublicCase.Row> found = cases.published(query.filter(),
				Paging.of(query.page(), Paging.DEFAULT_SIZE, null, Set.of(), NEWEST));
		model.addAttribute("cases", found);
		model.addAttribute("query", query);
		model.addAttribute("links", PageLinks.of(found, "/public/cases", query.filters()));
		model.addAttribute("years", cases.publishedYears());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
		model.addAttribute("secretKinds", SecretCategory.values());
		model.addAttribute("forms", InfringementForm.values());
		return Htmx.view(request, "casework/public-cases", "results");
	}

	@GetMapping("/public/cases/{id}")
	@PublicPage
	String show(@PathVariable long id, Model model) {
		model.addAttribute("c", cases.publishedCase(id));
		return "casework/public-case";
	}

	@Operation(summary = "The published typical cases (desensitised), with filters (q, secret, form, industry, district, year)")
	@GetMapping("/api/v1/public/cases")
	@ResponseBody
	ResponseEntity<List<PublicCase.Row>> publicApi(CaseQuery query) {
		return ResponseEntity.ok()
			.cacheControl(PUBLIC)
			.body(cases.published(query.filter(), Paging.of(query.page(), Paging.MAX_SIZE, null, Set.of(), NEWEST))
				.getContent());
	}

	@Operation(summary = "One published typical case (its desensitised version only)")
	@GetMapping("/api/v1/public/cases/{id}")
	@ResponseBody
	ResponseEntity<PublicCase> publicCase(@PathVariable long id) {
		return ResponseEntity.ok().cacheControl(PUBLIC).body(cases.publishedCase(id));
	}
}
