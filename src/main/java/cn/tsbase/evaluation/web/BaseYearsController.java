package cn.tsbase.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.evaluation.internal.BaseYears;
import cn.tsbase.evaluation.internal.EvaluationHistory;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;

/**
 * A base's own year-over-year page: its published scores by dimension as a chart drawn from the table beside it, its
 * operation figures year by year, and both as one Excel sheet (audited). Outside the caller's scope: 404.
 */
@Controller
class BaseYearsController {

	private final BaseYears years;
	private final ListExports exports;
	private final MessageSource messages;
	private final AuditLog audit;

	BaseYearsController(BaseYears years, ListExports exports, MessageSource messages, AuditLog audit) {
		this.years = years;
		this.exports = exports;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/evaluation/bases/{baseId}/history")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId, Model model) {
		BaseYears.Overview overview = find(baseId, user);
		model.addAttribute("overview", overview);
		model.addAttribute("history", overview.history());
		// the chart's columns: the total (1) and each dimension after it
		List<String> columns = new ArrayList<>();
		for (int i = 0; i <= overview.columns().size(); i++) {
			columns.add(String.valueOf(i + 1));
		}
		model.addAttribute("chartColumns", String.join(",", columns));
		return "evaluation/base-years";
	}

	@GetMapping("/evaluation/bases/{baseId}/history.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId,
			Locale locale) {
		BaseYears.Overview overview = find(baseId, user);
		List<String> headers = new ArrayList<>(List.of("evaluation.history.year", "evaluation.history.grade",
				"evaluation.history.total"));
		List<String> names = overview.columns().stream().map(BaseYears.Column::name).toList();
		headers.addAll(names);
		headers.addAll(List.of("evaluation.years.plan", "evaluation.years.reportsDue", "evaluation.years.reportsOnTime",
				"evaluation.years.reportsLate", "evaluation.years.activities", "evaluation.years.participants",
				"evaluation.years.visits", "evaluation.years.incidents"));
		List<BaseYears.OperationYear> rows = overview.operation();
		var prepared = exports.prepare(new ListExports.Export<BaseYears.OperationYear>("evaluation.years.export",
				headers, pageable -> new PageImpl<>(pageable.getPageNumber() == 0 ? rows : List.of(), pageable,
						rows.size()),
				Sort.unsorted(), ListExports.MAX_ROWS, op -> {
					EvaluationHistory.YearResult result = overview.history()
						.years()
						.stream()
						.filter(y -> y.year() == op.year())
						.findFirst()
						.orElse(null);
					List<Object> cells = new ArrayList<>();
					cells.add(op.year());
					cells.add(result == null || result.grade() == null ? null : msg(result.grade().messageKey(), locale));
					cells.add(result == null ? null : result.total());
					for (BaseYears.Column column : overview.columns()) {
						BigDecimal score = result == null ? null : overview.score(result, column.code());
						cells.add(score);
					}
					cells.addAll(List.of(msg("operation.overview.planState." + op.plan().name(), locale),
							op.reportsDue(), op.reportsOnTime(), op.reportsLate(), op.activitiesHeld(),
							op.participants(), op.visits(), op.incidents()));
					return cells;
				}));
		audit.record("LIST_EXPORTED", "BaseYears", String.valueOf(baseId), AuditOutcome.SUCCESS,
				overview.base().unitName() + ": " + prepared.total() + " years");
		return exports.xlsx(prepared, locale);
	}

	private BaseYears.Overview find(long baseId, CurrentUser user) {
		return years.of(baseId, user).orElseThrow(() -> new NotFoundException("Base " + baseId));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
