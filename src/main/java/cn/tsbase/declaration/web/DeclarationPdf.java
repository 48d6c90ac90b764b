package cn.tsbase.declaration.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.declaration.CallView;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.web.TimeFormat;

/** Renders the 申报书 template ({@code declaration/declaration-pdf}) as a PDF with the CJK font. */
@Component
class DeclarationPdf {

	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final MessageSource messages;
	private final Clock clock;

	DeclarationPdf(TemplateEngine templates, PdfRenderer pdf, ReferenceData referenceData, TimeFormat time,
			MessageSource messages, Clock clock) {
		this.templates = templates;
		this.pdf = pdf;
		this.referenceData = referenceData;
		this.time = time;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] render(DeclarationView declaration, CallView call, DeclarationContent content,
			List<DeclarationPrint.EvidenceLine> evidence, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("declaration", declaration);
		context.setVariable("call", call);
		context.setVariable("content", content);
		context.setVariable("evidence", evidence);
		context.setVariable("referenceData", referenceData);
		context.setVariable("time", time);
		context.setVariable("printedAt", clock.instant());
		return pdf.render(templates.process("declaration/declaration-pdf", context));
	}

	String fileName(DeclarationView declaration, Locale locale) {
		return messages.getMessage("print.declaration.file", new Object[] { declaration.unitName() }, locale);
	}
}
