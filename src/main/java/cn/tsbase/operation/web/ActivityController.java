package cn.tsbase.operation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.Attachments;

import cn.tsbase.operation.internal.Activities;
import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.ActivityRecord;
import cn.tsbase.operation.internal.BaseProfiles;
import cn.tsbase.operation.web.PlanForms.ActivityForm;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * A base's activities (培训、宣传): the list, paged, and the unit's form to record one; a zone's form has a people
 * count per current member unit, whose sum fills an empty participants count and may not exceed a given one.
 */
@Controller
class ActivityController {

	private final Activities activities;
	private final BaseProfiles profiles;
	private final Attachments attachments;
	private final MessageSource messages;

	ActivityController(Activities activities, BaseProfiles profiles, Attachments attachments,
			MessageSource messages) {
		this.activities = activities;
		this.profiles = profiles;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping("/operation/bases/{baseId}/activities/{activityId}/evidence")
	String evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable long activityId, Model model) {
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("evidence", activities.evidence(baseId, activityId, user));
		return "operation/activity-evidence";
	}

	@PostMapping("/operation/bases/{baseId}/activities/{activityId}/evidence")
	String addEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable long activityId, @RequestParam("file") MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			activities.addEvidence(baseId, activityId, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "operation.evidence.added");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("uploadError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		return "redirect:/operation/bases/" + baseId + "/activities/" + activityId + "/evidence";
	}

	@GetMapping("/operation/bases/{baseId}/activities/{activityId}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> evidenceFile(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long baseId, @PathVariable long activityId, @PathVariable long attachmentId) {
		return AttachmentDownloads.response(attachments,
				activities.evidenceFile(baseId, activityId, attachmentId, user));
	}

	@GetMapping("/operation/bases/{baseId}/activities")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@RequestParam(required = false) Integer page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ActivityForm.empty(activities.memberChoices(baseId, user)));
		}
		Page<ActivityRecord> found = activities.of(baseId, user, Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by(Sort.Direction.DESC, "id"))));
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("activities", found);
		model.addAttribute("links",
				PageLinks.of(found, "/operation/bases/" + baseId + "/activities", new LinkedMultiValueMap<>()));
		model.addAttribute("kinds", ActivityKind.values());
		return "operation/activities";
	}

	@GetMapping("/operation/bases/{baseId}/activities/{activityId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, @PathVariable long activityId,
			Model model) {
		Activities.Correction correction = activities.forCorrection(baseId, activityId, user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ActivityForm.of(correction.activity(), correction.members()));
		}
		model.addAttribute("version", correction.version());
		model.addAttribute("activity", correction.activity());
		model.addAttribute("profile", profiles.find(baseId, user));
		model.addAttribute("kinds", ActivityKind.values());
		return "operation/activity-edit";
	}

	@PostMapping("/operation/bases/{baseId}/activities/{activityId}")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@PathVariable long activityId, @RequestParam long version,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return edit(user, baseId, activityId, model);
		}
		activities.correct(baseId, activityId, version, form.toRecord(), user);
		redirect.addFlashAttribute("flashSuccess", "operation.activity.corrected");
		return "redirect:/operation/bases/" + baseId + "/activities";
	}

	@PostMapping("/operation/bases/{baseId}/activities")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return list(user, baseId, null, model);
		}
		activities.record(baseId, form.toRecord(), user);
		redirect.addFlashAttribute("flashSuccess", "operation.activity.recorded");
		return "redirect:/operation/bases/" + baseId + "/activities";
	}
}
