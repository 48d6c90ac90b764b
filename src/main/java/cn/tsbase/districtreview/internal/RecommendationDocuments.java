package cn.tsbase.districtreview.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.districtreview.RecommendationView;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The documents of a finalised recommendation list, for a reader in scope: the recommendation letter (推荐函, PDF, in
 * Chinese) and the list as Excel. Each download is audited once, here; the controller only hands them out.
 */
@Service
public class RecommendationDocuments {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** A document made in memory and the name it is downloaded under. */
	public record Document(byte[] content, String fileName) {
	}

	private final Recommendations recommendations;
	private final DeclarationManagement declarations;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	RecommendationDocuments(Recommendations recommendations, DeclarationManagement declarations,
			ReferenceData referenceData, TemplateEngine templates, PdfRenderer pdf, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.recommendations = recommendations;
		this.declarations = declarations;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The recommendation letter (推荐函) in Chinese, as PDF. */
	public Document letter(long id, CurrentUser user) {
		RecommendationView recommendation = recommendations.recommendation(id, user);
		CallSummary call = declarations.findCall(recommendation.callId()).orElseThrow();
		Context context = new Context(CHINESE);
		context.setVariable("recommendation", recommendation);
		context.setVariable("call", call);
		context.setVariable("district", referenceData.district(recommendation.districtCode(), CHINESE));
		context.setVariable("date", LocalDate.ofInstant(recommendation.finalizedAt(), clock.getZone()));
		context.setVariable("referenceData", referenceData);
		byte[] document = pdf.render(templates.process("districtreview/letter-pdf", context));
		audit.record("RECOMMENDATION_LETTER_DOWNLOADED", "Recommendation", id, AuditOutcome.SUCCESS, null);
		return new Document(document, messages.getMessage("recommendation.letter.file",
				new Object[] { referenceData.district(recommendation.districtCode(), CHINESE), call.year() },
				CHINESE));
	}

	/** The recommendation list as Excel, in the reader's language. */
	public Document list(long id, CurrentUser user, Locale locale) {
		RecommendationView recommendation = recommendations.recommendation(id, user);
		CallSummary call = declarations.findCall(recommendation.callId()).orElseThrow();
		List<String> headers = List.of(msg("recommendation.column.no", locale), msg("unit.field.name", locale),
				msg("declaration.baseType", locale), msg("unit.field.industryCode", locale),
				msg("unit.field.districtCode", locale), msg("recommendation.column.score", locale));
		List<List<Object>> rows = new ArrayList<>();
		int no = 1;
		for (RecommendationView.Entry entry : recommendation.entries()) {
			rows.add(List.of(no++, entry.unitName(), msg(entry.baseType().messageKey(), locale),
					referenceData.industry(entry.industryCode(), locale),
					referenceData.district(recommendation.districtCode(), locale),
					entry.totalScore() == null ? "" : entry.totalScore()));
		}
		byte[] workbook = Spreadsheets.write(msg("recommendation.sheet", locale), headers, rows);
		audit.record("RECOMMENDATION_LIST_DOWNLOADED", "Recommendation", id, AuditOutcome.SUCCESS, null);
		return new Document(workbook, messages.getMessage("recommendation.list.file",
				new Object[] { referenceData.district(recommendation.districtCode(), locale), call.year() },
				locale));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
