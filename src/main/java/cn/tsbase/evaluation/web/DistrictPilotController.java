package cn.tsbase.evaluation.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.evaluation.internal.DistrictPilots;
import cn.tsbase.evaluation.internal.PilotStage;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The districts' national pilots (试点状态): the list (the bureau's all, a district its own), one district's page with
 * its stages and progress reports, and the bureau recording the next stage with its date and document.
 */
@Controller
class DistrictPilotController {

	private final DistrictPilots pilots;
	private final DistrictPilotPage page;

	DistrictPilotController(DistrictPilots pilots, DistrictPilotPage page) {
		this.pilots = pilots;
		this.page = page;
	}

	record StageForm(@NotNull PilotStage stage, @NotNull @PastOrPresent @DateTimeFormat(iso = ISO.DATE) LocalDate on,
			@NotBlank @Size(max = 50) String documentNumber, @Size(max = 500) String note, long version) {
	}

	@GetMapping("/evaluation/pilots")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("pilots", pilots.list(user));
		return "evaluation/pilots";
	}

	@GetMapping("/evaluation/pilots/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page.show(user, id, model);
	}

	@PostMapping("/evaluation/pilots/{id}/stages")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("stageForm") StageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				pilots.record(id, form.version(), form.stage(), form.on(), form.documentNumber().strip(),
						form.note() == null || form.note().isBlank() ? null : form.note().strip(), user);
				redirect.addFlashAttribute("flashSuccess", "pilot.stage.recorded");
				return "redirect:/evaluation/pilots/" + id;
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), null);
			}
		}
		model.addAttribute("flashError", "pilot.formInvalid");
		return page.show(user, id, model);
	}
}
