package cn.tsbase.organization.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.tsbase.organization.UnitView;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.UnitRegistryPages;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;

/**
 * The unit registry (单位名录) for officials: a district officer sees their district only, the municipal bureau every
 * district. Filtering, sorting and paging happen in the database.
 */
@Controller
@RequestMapping("/units")
class UnitRegistryController {

	private final OrganizationService organization;
	private final UnitRegistryPages pages;

	UnitRegistryController(OrganizationService organization, UnitRegistryPages pages) {
		this.organization = organization;
		this.pages = pages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, UnitListQuery query, HttpServletRequest request,
			Model model) {
		Page<UnitView> page = pages.page(query.filter(), user.scope(), query.pageable());
		model.addAttribute("query", query);
		model.addAttribute("units", page);
		model.addAttribute("links", PageLinks.of(page, "/units", query.filters()));
		model.addAttribute("allDistricts", user.scope().isAll());
		return Htmx.view(request, "organization/list", "results");
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("unit", organization.get(id, user.scope()));
		model.addAttribute("revisions", organization.revisions(id, user.scope()));
		return "organization/detail";
	}
}
