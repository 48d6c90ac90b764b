package cn.tsbase.referencedata.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.referencedata.internal.ReferenceDataService;
import cn.tsbase.shared.StateConflictException;

/** The system administrator maintains reference data (基础数据). */
@Controller
@RequestMapping("/admin/reference")
class ReferenceDataController {

	private final ReferenceDataService referenceData;

	ReferenceDataController(ReferenceDataService referenceData) {
		this.referenceData = referenceData;
	}

	@ModelAttribute("categories")
	ReferenceCategory[] categories() {
		return ReferenceCategory.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "DISTRICT") ReferenceCategory category, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("items", referenceData.all(category));
		return "referencedata/list";
	}

	@GetMapping("/new")
	String showNewForm(@RequestParam(defaultValue = "DISTRICT") ReferenceCategory category, Model model) {
		model.addAttribute("form", ReferenceItemForm.empty(category));
		return "referencedata/form";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") ReferenceItemForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				referenceData.add(form.category(), form.code().trim(), form.name().trim(), form.nameEn().trim(),
						form.sortOrder());
			}
			catch (StateConflictException taken) {
				result.rejectValue("code", taken.messageKey());
			}
		}
		if (result.hasErrors()) {
			return "referencedata/form";
		}
		redirect.addFlashAttribute("flashSuccess", "reference.saved");
		return "redirect:/admin/reference?category=" + form.category();
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		ReferenceItem item = referenceData.get(id);
		model.addAttribute("form", ReferenceItemForm.of(item));
		model.addAttribute("itemId", id);
		return "referencedata/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ReferenceItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReferenceItem item = referenceData.get(id);
		if (result.hasErrors() || form.version() == null) {
			model.addAttribute("itemId", id);
			return "referencedata/form";
		}
		referenceData.update(id, form.version(), form.name().trim(), form.nameEn().trim(), form.sortOrder(),
				form.isActive());
		redirect.addFlashAttribute("flashSuccess", "reference.saved");
		return "redirect:/admin/reference?category=" + item.category();
	}
}
