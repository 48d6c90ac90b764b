package cn.tsbase.base.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseDetailView;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.DataScope;

/** The list of bases as the filter finds it (within the officer's scope), as an Excel workbook; audited once. */
@Component
class BaseExports {

	static final int MAX_EXPORT = 5000;

	private final BaseService bases;
	private final ReferenceData referenceData;
	private final MessageSource messages;
	private final AuditLog audit;

	BaseExports(BaseService bases, ReferenceData referenceData, MessageSource messages, AuditLog audit) {
		this.bases = bases;
		this.referenceData = referenceData;
		this.messages = messages;
		this.audit = audit;
	}

	/** The workbook, at most {@value #MAX_EXPORT} bases. */
	byte[] workbook(BaseService.Filter filter, DataScope scope, Locale locale) {
		Page<BaseDetailView> found = bases.search(filter, scope,
				PageRequest.of(0, MAX_EXPORT, Sort.by("batchYear", "districtCode", "unitName")));
		List<String> headers = List.of(msg("unit.field.name", locale), msg("unit.field.uscc", locale),
				msg("declaration.baseType", locale), msg("unit.field.districtCode", locale),
				msg("unit.field.industryCode", locale), msg("bases.year", locale), msg("publication.number", locale),
				msg("publication.date", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (BaseDetailView b : found) {
			rows.add(List.of(b.unitName(), b.uscc(), msg(b.baseType().messageKey(), locale),
					referenceData.district(b.districtCode(), locale), referenceData.industry(b.industryCode(), locale),
					b.batchYear(), b.documentNumber(), b.documentDate().toString()));
		}
		audit.record("BASES_EXPORTED", "DemonstrationBase", null, AuditOutcome.SUCCESS, rows.size() + " rows");
		return Spreadsheets.write(msg("bases.title", locale), headers, rows);
	}

	/** The workbook's file name in the reader's language. */
	String fileName(Locale locale) {
		return msg("bases.export.file", locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
