package cn.tsbase.organization.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;

/** The choice lists of the unit forms and filters. */
@ControllerAdvice(assignableTypes = { RegistrationController.class, UnitProfileController.class,
		UnitRegistryController.class })
class ReferenceListsAdvice {

	private final ReferenceData referenceData;

	ReferenceListsAdvice(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@ModelAttribute
	void referenceLists(Model model) {
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("unitTypes", referenceData.active(ReferenceCategory.UNIT_TYPE));
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
	}
}
