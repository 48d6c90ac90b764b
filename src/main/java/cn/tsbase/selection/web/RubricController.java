package cn.tsbase.selection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The versions of the expert review rubric (评审细则): each read-only once made; a change is a new version, prefilled
 * from the newest one.
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

	/** A row of the form: an item to keep (or change), a new one, or an empty row (ignored). */
	record ItemRow(RubricItemKind kind, String name, BigDecimal weight, BigDecimal minimum, BigDecimal maximum) {

		boolean isEmpty() {
			return name == null || name.isBlank();
		}
	}

	record RubricForm(String name, List<ItemRow> items) {

		List<RubricService.NewItem> toItems() {
			return (items == null ? List.<ItemRow>of() : items).stream()
				.filter(row -> row != null && !row.isEmpty())
				.map(row -> new RubricService.NewItem(row.kind() == null ? RubricItemKind.CRITERION : row.kind(),
						row.name(), row.weight(), row.minimum(), row.maximum()))
				.toList();
		}
	}

	@GetMapping("/new")
	String showNew(Model model) {
		RubricVersion latest = rubrics.latest();
		List<ItemRow> rows = new ArrayList<>();
		for (Indicator item : rubrics.model(latest.id()).indicators()) {
			rows.add(item.veto() ? new ItemRow(RubricItemKind.VETO, item.name(), null, null, null)
					: new ItemRow(RubricItemKind.CRITERION, item.name(), item.weight(), item.minimum(), item.points()));
		}
		addSpareRows(rows);
		model.addAttribute("form", new RubricForm(latest.name(), rows));
		model.addAttribute("kinds", RubricItemKind.values());
		return "selection/rubric-form";
	}

	private static void addSpareRows(List<ItemRow> rows) {
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new ItemRow(RubricItemKind.CRITERION, "", null, null, null));
		}
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RubricForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		List<RubricService.NewItem> items = form.toItems();
		List<ReviewProblem> found = rubrics.check(form.name(), items);
		if (!found.isEmpty()) {
			List<ItemRow> rows = new ArrayList<>(form.items() == null ? List.of()
					: form.items().stream().filter(r -> r != null && !r.isEmpty()).toList());
			addSpareRows(rows);
			model.addAttribute("form", new RubricForm(form.name(), rows));
			model.addAttribute("kinds", RubricItemKind.values());
			model.addAttribute("problems", problems.texts(found, locale));
			return "selection/rubric-form";
		}
		RubricVersion rubric = rubrics.create(form.name(), items, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "rubric.created");
		return "redirect:/selection/rubrics/" + rubric.id();
	}
}
