package cn.tsbase.districtreview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.RecommendationView;
import cn.tsbase.districtreview.internal.Recommendations;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.TimeFormat;

/**
 * Every finalised recommendation list in the caller's scope as one workbook, a row per recommended unit: the
 * municipal bureau's view of all districts' lists at once, a district's of its own. The lists are few and short (a
 * district's quota per call), so they are read whole and handed to the export in batches.
 */
@Controller
class RecommendationExports {

	private final Recommendations recommendations;
	private final DeclarationManagement declarations;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;

	RecommendationExports(Recommendations recommendations, DeclarationManagement declarations, ListExports exports,
			ReferenceData referenceData, TimeFormat time, MessageSource messages, AuditLog audit) {
		this.recommendations = recommendations;
		this.declarations = declarations;
		this.exports = exports;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/review/recommendations/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Map<Long, String> calls = declarations.callsFor(user)
			.stream()
			.collect(Collectors.toMap(CallSummary::id, CallSummary::title, (a, b) -> a));
		List<Row> rows = new ArrayList<>();
		for (RecommendationView recommendation : recommendations.recommendations(user)) {
			int no = 1;
			for (RecommendationView.Entry entry : recommendation.entries()) {
				rows.add(new Row(recommendation, no++, entry));
			}
		}
		var prepared = exports.prepare(new ListExports.Export<Row>("recommendations.export",
				List.of("unit.field.districtCode", "declaration.call", "recommendation.column.no", "unit.field.name",
						"declaration.baseType", "unit.field.industryCode", "recommendation.column.score",
						"recommendations.finalizedAt"),
				pageable -> slice(rows, pageable), Sort.unsorted(), ListExports.MAX_ROWS,
				r -> ListExports.cells(referenceData.district(r.recommendation().districtCode(), locale),
						calls.getOrDefault(r.recommendation().callId(), String.valueOf(r.recommendation().callId())),
						r.no(), r.entry().unitName(), msg(r.entry().baseType().messageKey(), locale),
						referenceData.industry(r.entry().industryCode(), locale), r.entry().totalScore(),
						time.minutes(r.recommendation().finalizedAt()))));
		audit.record("LIST_EXPORTED", "Recommendation", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private static Page<Row> slice(List<Row> rows, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private record Row(RecommendationView recommendation, int no, RecommendationView.Entry entry) {
	}
}
