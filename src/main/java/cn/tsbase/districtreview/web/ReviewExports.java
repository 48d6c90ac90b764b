package cn.tsbase.districtreview.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The district's queue of declarations as an Excel workbook: the queue's own query (call, type, status, industry,
 * search, sort, and the officer's district), the columns the queue shows and the call each declaration answers.
 */
@Controller
class ReviewExports {

	private final DeclarationManagement declarations;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;

	ReviewExports(DeclarationManagement declarations, ListExports exports, ReferenceData referenceData,
			TimeFormat time, MessageSource messages, AuditLog audit) {
		this.declarations = declarations;
		this.exports = exports;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/review/declarations/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			ReviewController.QueueQuery query, Locale locale) {
		Map<Long, String> calls = declarations.callsFor(user)
			.stream()
			.collect(Collectors.toMap(CallSummary::id, CallSummary::title, (a, b) -> a));
		Sort sort = Paging.of(null, null, query.sort(), ReviewController.SORTABLE, ReviewController.DEFAULT_SORT)
			.getSort();
		var prepared = exports.prepare(new ListExports.Export<DeclarationSummary>("review.queue.export",
				List.of("unit.field.name", "unit.field.districtCode", "declaration.call", "declaration.baseType",
						"unit.field.industryCode", "declaration.status", "review.submittedAt"),
				pageable -> declarations.queue(query.filter(), user.scope(), pageable),
				sort, ListExports.MAX_ROWS,
				d -> ListExports.cells(d.unitName(), referenceData.district(d.districtCode(), locale),
						calls.get(d.callId()), msg(d.baseType().messageKey(), locale),
						referenceData.industry(d.industryCode(), locale), msg(d.status().messageKey(), locale),
						time.minutes(d.submittedAt())),
				// drafts have no submission time to seek from: a list of drafts is read by offset pages
				query.filter().status() == DeclarationStatus.DRAFT ? null
						: (position, limit) -> declarations.queueAfter(query.filter(), user.scope(), sort, position,
								limit)));
		audit.record("LIST_EXPORTED", "Declaration", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
