package cn.tsbase.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.EvaluationHistory;
import cn.tsbase.evaluation.web.EvaluationApiController.PageResource;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * The published evaluation results year over year: the table of bases × years (grades) for the district (its own) or
 * the city, its Excel export (streamed, audited), and the same as JSON with one base's years.
 */
@Controller
@Tag(name = "evaluation")
class EvaluationHistoryController {

	private final EvaluationHistory history;
	private final ReferenceData referenceData;
	private final ListExports exports;
	private final MessageSource messages;
	private final AuditLog audit;

	EvaluationHistoryController(EvaluationHistory history, ReferenceData referenceData, ListExports exports,
			MessageSource messages, AuditLog audit) {
		this.history = history;
		this.referenceData = referenceData;
		this.exports = exports;
		this.messages = messages;
		this.audit = audit;
	}

	/** The API's table: the published years and a page of bases with their grade per year. */
	record TableResource(List<Integer> years, PageResource<EvaluationHistory.Row> bases) {
	}

	@GetMapping("/evaluation/history")
	String table(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) Integer page, Model model) {
		EvaluationHistory.Table table = history.table(district, user,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), Sort.unsorted()));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
		if (district != null && !district.isBlank()) {
			filters.add("district", district);
		}
		model.addAttribute("table", table);
		model.addAttribute("links", PageLinks.of(table.rows(), "/evaluation/history", filters));
		model.addAttribute("district", district);
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return "evaluation/history";
	}

	@GetMapping("/evaluation/history.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String district, Locale locale) {
		List<Integer> years = history.table(district, user, PageRequest.of(0, 1)).years();
		List<String> headers = new ArrayList<>(List.of("evaluation.history.base",
				"unit.field.districtCode", "evaluation.history.baseType", "evaluation.history.revoked"));
		years.forEach(y -> headers.add(String.valueOf(y)));
		var prepared = exports.prepare(new ListExports.Export<EvaluationHistory.Row>("evaluation.history.export",
				headers, pageable -> history.table(district, user, pageable).rows(), Sort.unsorted(),
				ListExports.MAX_ROWS, row -> {
					List<Object> cells = new ArrayList<>(List.of(row.unitName(),
							referenceData.district(row.districtCode(), locale), msg(row.baseType().messageKey(), locale),
							row.revoked() ? msg("evaluation.history.revoked", locale) : ""));
					for (int year : years) {
						EvaluationHistory.Cell cell = row.cell(year);
						cells.add(cell == null || cell.grade() == null ? null : msg(cell.grade().messageKey(), locale)
								+ (cell.rectification() ? msg("evaluation.history.rectified", locale) : ""));
					}
					return cells;
				}));
		audit.record("LIST_EXPORTED", "EvaluationHistory", null, AuditOutcome.SUCCESS,
				(district == null || district.isBlank() ? "all" : district) + ": " + prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	@Operation(summary = "Bases × published years (grade, total, whether the year brought a rectification order, "
			+ "whether the title was revoked) in the caller's scope; filter district; paged by base name")
	@GetMapping("/api/v1/evaluation-history")
	@ResponseBody
	TableResource tableJson(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String district, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		EvaluationHistory.Table table = history.table(district, user,
				Paging.of(page, size, null, Set.of(), Sort.unsorted()));
		return new TableResource(table.years(), PageResource.of(table.rows()));
	}

	@Operation(summary = "One base's published results year by year (grade, total, dimension scores, rectification, "
			+ "grounds for revocation) and its revocation procedures; empty outside the caller's scope")
	@GetMapping("/api/v1/evaluation-history/{baseId}")
	@ResponseBody
	EvaluationHistory.BaseHistory base(@AuthenticationPrincipal CurrentUser user, @PathVariable long baseId) {
		return history.ofBase(baseId, user);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
