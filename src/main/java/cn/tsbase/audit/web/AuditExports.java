package cn.tsbase.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.audit.AuditEntryView;
import cn.tsbase.audit.internal.AuditTrail;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The audit trail as an Excel workbook, filtered as the page is (period, actor, event, outcome), newest first, with the
 * page's labels. At most {@link #MAX_ROWS} entries: a longer selection is refused with a message to narrow the filter.
 * The export itself is an audited act. Entries recorded after the export began (its own entry among them) are left
 * out, so that the batches, read by offset while the trail grows at its head, neither repeat nor skip an entry.
 */
@Controller
class AuditExports {

	static final int MAX_ROWS = 10_000;

	private final AuditTrail trail;
	private final AuditLabels labels;
	private final ListExports exports;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	AuditExports(AuditTrail trail, AuditLabels labels, ListExports exports, TimeFormat time, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.trail = trail;
		this.labels = labels;
		this.exports = exports;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/audit/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(AuditController.AuditQuery query, Locale locale) {
		Instant now = clock.instant();
		Instant from = query.from() == null ? null : query.from().atStartOfDay(AuditController.BEIJING).toInstant();
		Instant to = query.to() == null ? now
				: min(query.to().plusDays(1).atStartOfDay(AuditController.BEIJING).toInstant(), now);
		ListExports.Prepared<AuditEntryView> prepared;
		try {
			prepared = exports.prepare(new ListExports.Export<AuditEntryView>("audit.export",
					List.of("audit.seq", "audit.time", "audit.actor", "audit.ip", "audit.event", "audit.object",
							"audit.outcome", "audit.detail"),
					pageable -> trail.search(from, to, query.actor(), query.event(), query.outcome(), pageable),
					Sort.by(Sort.Direction.DESC, "seq"), MAX_ROWS,
					e -> ListExports.cells(e.seq(), time.precise(e.occurredAt()), e.actor(), e.ip(),
							labels.event(e.event()), labels.object(e.objectType(), e.objectId()),
							messages.getMessage("audit.outcome." + e.outcome(), null, e.outcome(), locale),
							labels.detail(e.detail()))));
		}
		catch (StateConflictException refused) {
			audit.record("LIST_EXPORTED", "AuditTrail", null, AuditOutcome.FAILURE, "more than " + MAX_ROWS + " rows");
			throw refused;
		}
		audit.record("LIST_EXPORTED", "AuditTrail", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
