package cn.tsbase.districtreview.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.internal.ReviewCriteria;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.indicators.IndicatorEditing;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.indicators.IndicatorRow;
import cn.tsbase.shared.security.CurrentUser;

/**
 * A district's scoring criteria (评分标准) for a call: a default set from the five standards and the twelve elements
 * ships; the district officer may replace their district's in the indicator editor (names and whole maximum points)
 * until their district starts scoring. For a municipal call every district has its own set.
 */
@Controller
@RequestMapping("/review/calls/{callId}/criteria")
class CriteriaController {

	/** Empty rows the editor offers below the criteria, for new ones. */
	static final int SPARE_ROWS = 3;

	static final int MAX_ITEMS = 100;

	private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

	private final ReviewCriteria reviewCriteria;
	private final DeclarationManagement declarations;

	CriteriaController(ReviewCriteria reviewCriteria, DeclarationManagement declarations) {
		this.reviewCriteria = reviewCriteria;
		this.declarations = declarations;
	}

	/** The editor's rows as posted ({@code items[i].name}, {@code items[i].points}). */
	record CriteriaForm(List<IndicatorRow> items) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		CallSummary call = visibleCall(callId, user);
		IndicatorModel criteria = reviewCriteria.criteria(callId, user.getDistrictCode());
		return page(call, criteria, IndicatorRow.of(criteria, SPARE_ROWS), model);
	}

	private String page(CallSummary call, IndicatorModel criteria, List<IndicatorRow> rows, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("criteria", criteria.indicators());
		model.addAttribute("total", criteria.totalPoints());
		model.addAttribute("rows", rows);
		model.addAttribute("editing", IndicatorEditing.pointsOnly());
		return "districtreview/criteria";
	}

	@PostMapping
	String replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@ModelAttribute CriteriaForm form, Model model, RedirectAttributes redirect) {
		CallSummary call = visibleCall(callId, user);
		List<IndicatorRow> rows = IndicatorRow.filled(form.items());
		List<Indicator> items = new ArrayList<>();
		List<Integer> badRows = new ArrayList<>();
		for (IndicatorRow row : rows) {
			Indicator criterion = row.asIndicator(String.valueOf(items.size() + 1));
			if (criterion.problems().isEmpty() && wholePointsUpTo100(criterion.points())) {
				items.add(ReviewCriteria.criterion(items.size() + 1, criterion.name(), criterion.points().intValue()));
			}
			else {
				badRows.add(items.size() + badRows.size() + 1);
			}
		}
		if (!badRows.isEmpty() || items.isEmpty() || rows.size() > MAX_ITEMS) {
			page(call, reviewCriteria.criteria(callId, user.getDistrictCode()),
					IndicatorRow.withSpares(rows, IndicatorModel.ONE_DIMENSION, SPARE_ROWS), model);
			model.addAttribute("badRows", items.isEmpty() && badRows.isEmpty() ? List.of(1) : badRows);
			model.addAttribute("tooMany", rows.size() > MAX_ITEMS);
			return "districtreview/criteria";
		}
		reviewCriteria.replaceCriteria(callId, IndicatorModel.of(items), user);
		redirect.addFlashAttribute("flashSuccess", "criteria.saved");
		return "redirect:/review/calls/" + callId + "/criteria";
	}

	private static boolean wholePointsUpTo100(BigDecimal points) {
		return points.signum() > 0 && points.compareTo(MAX_POINTS) <= 0 && points.stripTrailingZeros().scale() <= 0;
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
