package cn.tsbase.publicnotice.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.TimeFormat;
import cn.tsbase.publicnotice.internal.ObjectionHandling;

/**
 * The objections to a notice as an Excel workbook, in the order filed, with the columns the notice page lists (and
 * when each was filed and answered). The objector's name, identity number and contacts are not in the list and not
 * in the export: they are read one objection at a time, audited, on its own page.
 */
@Controller
class ObjectionExports {

	private final ObjectionHandling handling;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final AuditLog audit;

	ObjectionExports(ObjectionHandling handling, ListExports exports, ReferenceData referenceData, TimeFormat time,
			MessageSource messages, AuditLog audit) {
		this.handling = handling;
		this.exports = exports;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/notices/{id}/objections.xlsx")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Locale locale) {
		var prepared = exports.prepare(new ListExports.Export<ObjectionView>("objection.export",
				List.of("objection.receipt", "objection.filedAt", "objection.field.target", "unit.field.districtCode",
						"declaration.status", "objection.decision", "objection.decidedAt"),
				pageable -> handling.objections(id, pageable), Sort.by("filedAt").and(Sort.by("id")),
				ListExports.MAX_ROWS,
				o -> ListExports.cells(o.receiptNo(), time.minutes(o.filedAt()), o.targetUnitName(),
						referenceData.district(o.targetDistrict(), locale), msg(o.status().messageKey(), locale),
						o.decision() == null ? null : msg(o.decision().messageKey(), locale),
						time.minutes(o.decidedAt())),
				(position, limit) -> handling.objectionsAfter(id, position, limit)));
		audit.record("LIST_EXPORTED", "Objection", null, AuditOutcome.SUCCESS,
				"notice " + id + ": " + prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
