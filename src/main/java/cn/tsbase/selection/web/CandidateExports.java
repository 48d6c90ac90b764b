package cn.tsbase.selection.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The municipal bureau's candidates of a year (the declarations the districts recommended) as an Excel workbook: the
 * list's own query (year, district, type, status, search, sort), the columns the list shows.
 */
@Controller
class CandidateExports {

	private final SelectionService selection;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;

	CandidateExports(SelectionService selection, ListExports exports, ReferenceData referenceData, TimeFormat time,
			MessageSource messages, AuditLog audit) {
		this.selection = selection;
		this.exports = exports;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/selection/candidates/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(CandidateController.CandidateQuery query, Locale locale) {
		int year = query.year() != null ? query.year() : selection.overview(null).year();
		var prepared = exports.prepare(new ListExports.Export<CandidateView>("candidates.export",
				List.of("unit.field.name", "unit.field.uscc", "unit.field.districtCode", "declaration.baseType",
						"unit.field.industryCode", "recommendation.column.score", "declaration.status",
						"candidates.collectedAt"),
				pageable -> selection.search(query.filter(year), pageable),
				Paging.of(null, null, query.sort(), CandidateController.SORTABLE, CandidateController.DEFAULT_SORT)
					.getSort()
					.and(Sort.by("id")),
				ListExports.MAX_ROWS,
				c -> ListExports.cells(c.unitName(), c.uscc(), referenceData.district(c.districtCode(), locale),
						msg(c.baseType().messageKey(), locale), referenceData.industry(c.industryCode(), locale),
						c.districtScore(), msg(c.status().messageKey(), locale), time.minutes(c.collectedAt()))));
		audit.record("LIST_EXPORTED", "Candidate", null, AuditOutcome.SUCCESS, year + ": " + prepared.total()
				+ " candidates");
		return exports.xlsx(prepared, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
