package cn.tsbase.guidance.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.guidance.internal.QuestionDraft;
import cn.tsbase.guidance.internal.Questionnaires;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau's questionnaire pages: the versions, one version with its questions per element, and on a
 * draft the forms to add and remove questions and to put it in use.
 */
@Controller
class QuestionnaireController {

	private final Questionnaires questionnaires;

	QuestionnaireController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/guidance/questionnaires")
	String list(Model model) {
		model.addAttribute("questionnaires", questionnaires.list());
		return "guidance/questionnaires";
	}

	@GetMapping("/guidance/questionnaires/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("questionnaire", questionnaires.find(id));
		return "guidance/questionnaire";
	}

	@PostMapping("/guidance/questionnaires")
	String newVersion(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long id = questionnaires.newVersion(user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.created");
		return "redirect:/guidance/questionnaires/" + id;
	}

	@PostMapping("/guidance/questionnaires/{id}/questions")
	String addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Integer element, @RequestParam(required = false) String text,
			@RequestParam(required = false) String suggestion, @RequestParam(required = false) String options,
			RedirectAttributes redirect) {
		QuestionDraft draft = new QuestionDraft(element == null ? 0 : element, strip(text), strip(suggestion),
				parseOptions(options));
		questionnaires.addQuestion(id, version, draft, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.questionAdded");
		return "redirect:/guidance/questionnaires/" + id;
	}

	@PostMapping("/guidance/questionnaires/{id}/questions/{questionId}")
	String editQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long questionId, @RequestParam long version,
			@RequestParam(required = false) Integer element, @RequestParam(required = false) String text,
			@RequestParam(required = false) String suggestion, @RequestParam(required = false) String options,
			RedirectAttributes redirect) {
		QuestionDraft draft = new QuestionDraft(element == null ? 0 : element, strip(text), strip(suggestion),
				parseOptions(options));
		questionnaires.editQuestion(id, version, questionId, draft, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.questionChanged");
		return "redirect:/guidance/questionnaires/" + id + "#question-" + questionId;
	}

	@PostMapping("/guidance/questionnaires/{id}/questions/{questionId}/move")
	String moveQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long questionId, @RequestParam long version, @RequestParam(required = false) String direction,
			RedirectAttributes redirect) {
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new InvalidRequestException("guidance.questionnaire.direction.invalid");
		}
		questionnaires.moveQuestion(id, version, questionId, "up".equals(direction), user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.questionMoved");
		return "redirect:/guidance/questionnaires/" + id + "#question-" + questionId;
	}

	@PostMapping("/guidance/questionnaires/{id}/questions/{questionId}/delete")
	String removeQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long questionId, @RequestParam long version, RedirectAttributes redirect) {
		questionnaires.removeQuestion(id, version, questionId, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.questionRemoved");
		return "redirect:/guidance/questionnaires/" + id;
	}

	@PostMapping("/guidance/questionnaires/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		questionnaires.publish(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "guidance.questionnaire.published");
		return "redirect:/guidance/questionnaires/" + id;
	}

	/**
	 * The options as the bureau types them, one a line: {@code points | label | suggestion (optional)}, e.g.
	 * {@code 4 | 已全面落实} or {@code 2 | 部分落实 | 补齐……}.
	 */
	static List<QuestionDraft.Option> parseOptions(String text) {
		List<QuestionDraft.Option> options = new ArrayList<>();
		if (text == null) {
			return options;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[|｜]", 3);
			if (parts.length < 2 || !parts[0].strip().matches("[0-9]{1,3}")) {
				throw new InvalidRequestException("guidance.questionnaire.options.format");
			}
			String suggestion = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null;
			options.add(new QuestionDraft.Option(parts[1].strip(), Integer.parseInt(parts[0].strip()), suggestion));
		}
		return options;
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}
}
