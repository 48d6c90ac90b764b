package cn.tsbase.guidance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The cultivation pool as an Excel workbook: the pool page's own query (the caller's district, the search), with the
 * guidance visits each unit had and how far it got in selection, the columns the district compares its cultivation by.
 */
@Controller
class PoolExports {

	private final CultivationPool pool;
	private final ListExports exports;
	private final MessageSource messages;
	private final TimeFormat time;
	private final AuditLog audit;

	PoolExports(CultivationPool pool, ListExports exports, MessageSource messages, TimeFormat time, AuditLog audit) {
		this.pool = pool;
		this.exports = exports;
		this.messages = messages;
		this.time = time;
		this.audit = audit;
	}

	@GetMapping("/guidance/pool/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, Locale locale) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			throw new InvalidRequestException("guidance.pool.query.tooLong");
		}
		var prepared = exports.prepare(new ListExports.Export<PoolEntryView>("guidance.pool.title",
				List.of("guidance.unit", "guidance.pool.uscc", "guidance.pool.reason", "guidance.pool.notes",
						"guidance.pool.officer", "guidance.pool.visits", "guidance.pool.invitedAt",
						"guidance.pool.appliedAt", "guidance.pool.outcome"),
				pageable -> pool.list(user, query, pageable), Sort.by("unitName").and(Sort.by("id")),
				ListExports.MAX_ROWS,
				e -> ListExports.cells(e.unitName(), e.uscc(), e.reason(), e.notes(), e.officerName(), e.visits(),
						e.invitedAt() == null ? null : time.date(e.invitedAt()),
						e.appliedAt() == null ? null : time.date(e.appliedAt()), outcome(e, locale))));
		audit.record("LIST_EXPORTED", "CultivationEntry", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private String outcome(PoolEntryView entry, Locale locale) {
		if (entry.outcome() == null) {
			return entry.registered() ? null : messages.getMessage("guidance.pool.notRegistered.short", null, locale);
		}
		return messages.getMessage(entry.outcome().messageKey(), null, locale);
	}
}
