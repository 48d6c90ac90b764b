package cn.tsbase.selection.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RubricItemKind;
import cn.tsbase.selection.internal.RubricService;
import cn.tsbase.selection.internal.RubricVersion;
import cn.tsbase.shared.indicators.IndicatorEditing;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorRow;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The versions of the expert review rubric (评审细则): each read-only once made; a change is a new version, prefilled
 * from the newest one in the indicator editor (ranges, weights and veto items).
 */
@Controller
@RequestMapping("/selection/rubrics")
class RubricController {

	/** Empty rows the form offers below the items, for new ones. */
	static final int SPARE_ROWS = 3;

	private final RubricService rubrics;
	private final ProblemMessages problems;

	RubricController(RubricService rubrics, ProblemMessages problems) {
		this.rubrics = rubrics;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rubrics", rubrics.versions());
		return "selection/rubrics";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("rubric", rubrics.get(id));
		model.addAttribute("items", rubrics.model(id).indicators());
		return "selection/rubric";
	}

	/** The form: the name, and the indicator editor's rows ({@code items[i].name} …; empty rows are ignored). */
	record RubricForm(String name, List<IndicatorRow> items) {

		List<RubricService.NewItem> toItems() {
			return IndicatorRow.filled(items)
				.stream()
				.map(row -> new RubricService.NewItem(row.isVeto() ? RubricItemKind.VETO : RubricItemKind.CRITERION,
						row.name(), row.weight(), row.minimum(), row.points()))
				.toList();
		}
	}

	@GetMapping("/new")
	String showNew(Model model) {
		RubricVersion latest = rubrics.latest();
		return form(new RubricForm(latest.name(), IndicatorRow.of(rubrics.model(latest.id()), SPARE_ROWS)), model);
	}

	private static String form(RubricForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", IndicatorEditing.rangedAndWeighted());
		return "selection/rubric-form";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RubricForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		List<RubricService.NewItem> items = form.toItems();
		List<ReviewProblem> found = rubrics.check(form.name(), items);
		if (!found.isEmpty()) {
			model.addAttribute("problems", problems.texts(found, locale));
			return form(new RubricForm(form.name(),
					IndicatorRow.withSpares(form.items(), IndicatorModel.ONE_DIMENSION, SPARE_ROWS)), model);
		}
		RubricVersion rubric = rubrics.create(form.name(), items, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "rubric.created");
		return "redirect:/selection/rubrics/" + rubric.id();
	}
}
