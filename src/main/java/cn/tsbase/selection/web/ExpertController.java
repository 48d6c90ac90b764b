package cn.tsbase.selection.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.internal.ExpertService;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.Downloads;

/** The municipal bureau's expert pool (专家库): by hand or from Excel, each expert with an account. */
@Controller
@RequestMapping("/selection/experts")
class ExpertController {

	static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;

	private final ExpertService experts;
	private final ReferenceData referenceData;

	ExpertController(ExpertService experts, ReferenceData referenceData) {
		this.experts = experts;
		this.referenceData = referenceData;
	}

	@ModelAttribute
	void lists(Model model) {
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
		model.addAttribute("disciplines", List.of("LEGAL", "TECHNICAL", "MANAGEMENT"));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) Boolean available, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		fillList(q, field, available, page, model);
		return Htmx.view(request, "selection/experts", "results");
	}

	private void fillList(String q, String field, Boolean available, Integer page, Model model) {
		Page<ExpertView> experts = this.experts.search(q, field, available,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), Sort.by("name").and(Sort.by("id"))));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		filters.add("q", q);
		filters.add("field", field);
		filters.add("available", available == null ? null : available.toString());
		model.addAttribute("experts", experts);
		model.addAttribute("links", PageLinks.of(experts, "/selection/experts", filters));
		model.addAttribute("q", q);
		model.addAttribute("field", field);
		model.addAttribute("available", available);
	}

	@GetMapping("/new")
	String showNew(Model model) {
		model.addAttribute("form", ExpertForm.empty());
		return "selection/expert-form";
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ExpertForm form,
			BindingResult result, Model model) {
		check(form, result);
		if (result.hasErrors()) {
			return "selection/expert-form";
		}
		model.addAttribute("added", List.of(experts.add(form.toDetails(), user.getUsername())));
		return "selection/expert-credentials";
	}

	@GetMapping("/{id}/edit")
	String showEdit(@PathVariable long id, Model model) {
		ExpertView expert = experts.get(id);
		model.addAttribute("expert", expert);
		model.addAttribute("form", ExpertForm.of(expert));
		return "selection/expert-form";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ExpertForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, result);
		if (result.hasErrors() || form.version() == null) {
			model.addAttribute("expert", experts.get(id));
			return "selection/expert-form";
		}
		experts.update(id, form.version(), form.toDetails(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "expert.saved");
		return "redirect:/selection/experts";
	}

	private void check(ExpertForm form, BindingResult result) {
		if (result.hasErrors()) {
			return;
		}
		experts.check(ExpertService.normalise(form.toDetails()), 0)
			.forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		byte[] workbook = Spreadsheets.write("专家", ExpertService.IMPORT_HEADERS, List.of());
		return Downloads.of(workbook, "专家导入模板.xlsx", Downloads.XLSX);
	}

	@PostMapping("/import")
	String importExperts(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			Model model) throws IOException {
		ExpertService.ImportResult result;
		if (file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES || file.getOriginalFilename() == null
				|| !file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			result = new ExpertService.ImportResult(List.of(),
					List.of(new ExpertService.Problem(0, null, "expert.import.unreadable", new Object[0])));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = experts.importExperts(in, user.getUsername());
			}
		}
		if (!result.problems().isEmpty()) {
			fillList(null, null, null, null, model);
			model.addAttribute("importProblems", result.problems());
			return "selection/experts";
		}
		model.addAttribute("added", result.added());
		return "selection/expert-credentials";
	}
}
