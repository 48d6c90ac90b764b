package cn.tsbase.districtreview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.internal.ReviewCriteria;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;

/**
 * A district's scoring criteria (评分标准) for a call: a default set from the five standards and the twelve elements
 * ships; the district officer may replace their district's, one "name | maximum points" per line, until their district
 * starts scoring. For a municipal call every district has its own set.
 */
@Controller
@RequestMapping("/review/calls/{callId}/criteria")
class CriteriaController {

	private final ReviewCriteria reviewCriteria;
	private final DeclarationManagement declarations;

	CriteriaController(ReviewCriteria reviewCriteria, DeclarationManagement declarations) {
		this.reviewCriteria = reviewCriteria;
		this.declarations = declarations;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		CallSummary call = visibleCall(callId, user);
		IndicatorModel criteria = reviewCriteria.criteria(callId, user.getDistrictCode());
		model.addAttribute("call", call);
		model.addAttribute("criteria", criteria.indicators());
		model.addAttribute("text", criteria.indicators()
			.stream()
			.map(c -> c.name() + " | " + c.points().toPlainString())
			.collect(Collectors.joining("\n")));
		model.addAttribute("total", criteria.totalPoints());
		return "districtreview/criteria";
	}

	@PostMapping
	String replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @RequestParam String text,
			Model model, RedirectAttributes redirect) {
		visibleCall(callId, user);
		List<Indicator> items = new ArrayList<>();
		List<Integer> badLines = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length && i < 100; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			try {
				String name = line.substring(0, bar).strip();
				int points = Integer.parseInt(line.substring(bar + 1).strip());
				Indicator criterion = ReviewCriteria.criterion(items.size() + 1, name, points);
				if (!criterion.problems().isEmpty() || points < 1 || points > 100) {
					throw new IllegalArgumentException();
				}
				items.add(criterion);
			}
			catch (RuntimeException bad) {
				badLines.add(i + 1);
			}
		}
		if (!badLines.isEmpty() || items.isEmpty()) {
			show(user, callId, model);
			model.addAttribute("text", text);
			model.addAttribute("badLines", badLines.isEmpty() ? List.of(1) : badLines);
			return "districtreview/criteria";
		}
		reviewCriteria.replaceCriteria(callId, IndicatorModel.of(items), user);
		redirect.addFlashAttribute("flashSuccess", "criteria.saved");
		return "redirect:/review/calls/" + callId + "/criteria";
	}

	/** The call, if it is the officer's district's or a municipal one; the criteria shown are the district's own. */
	private CallSummary visibleCall(long callId, CurrentUser user) {
		CallSummary call = declarations.findCall(callId).orElseThrow(() -> new NotFoundException("Call " + callId));
		if (user.getDistrictCode() == null
				|| call.districtCode() != null && !call.districtCode().equals(user.getDistrictCode())) {
			throw new NotFoundException("Call " + callId);
		}
		return call;
	}
}
