package cn.tsbase.base.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.base.BaseDetailView;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.DataScope;

/**
 * The certificates (证书) of demonstration bases as PDF, one page each, with the address of their public check and
 * that address as a QR code. Every download is audited once, here: an officer's and a unit's copy of its own
 * certificate alike (a read of a confidential document, SECURITY.md).
 */
@Component
class CertificateDocuments {

	static final int MAX_CERTIFICATES = 100;

	/** A certificate file as the controller hands it to the browser. */
	record Document(byte[] content, String fileName) {
	}

	/** A certificate as printed: the base, the address of its check and that address as a QR code. */
	record Certified(BaseDetailView base, String checkUrl, String qrCode) {
	}

	private final BaseService bases;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final AuditLog audit;
	private final String baseUrl;

	CertificateDocuments(BaseService bases, TemplateEngine templates, PdfRenderer pdf, AuditLog audit,
			@Value("${tsbase.mail.base-url:}") String baseUrl) {
		this.bases = bases;
		this.templates = templates;
		this.pdf = pdf;
		this.audit = audit;
		this.baseUrl = baseUrl;
	}

	/** The certificate of one of the unit's bases. */
	Document ofUnit(long unitId, long baseId) {
		BaseDetailView base = bases.ofUnit(unitId, baseId);
		audit.record("CERTIFICATE_DOWNLOADED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS, null);
		return new Document(render(List.of(base)), "示范基地证书-" + base.batchYear() + ".pdf");
	}

	/** A base's certificate for the officers who hand it over: the district's own bases, every base for the city. */
	Document forOfficer(long baseId, DataScope scope) {
		BaseDetailView base = bases.inScope(baseId, scope);
		audit.record("CERTIFICATE_DOWNLOADED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS, null);
		return new Document(render(List.of(base)),
				"示范基地证书-" + base.batchYear() + "-" + base.unitName() + ".pdf");
	}

	/**
	 * The certificates of every base the filter finds within the scope, for printing; at most
	 * {@value #MAX_CERTIFICATES}.
	 */
	Document forOfficer(BaseService.Filter filter, DataScope scope) {
		Page<BaseDetailView> found = bases.search(filter, scope,
				PageRequest.of(0, MAX_CERTIFICATES, Sort.by("batchYear", "districtCode", "unitName")));
		if (found.getTotalElements() > MAX_CERTIFICATES) {
			throw new StateConflictException("bases.certificates.tooMany", "More than " + MAX_CERTIFICATES);
		}
		if (found.isEmpty()) {
			throw new NotFoundException("No base");
		}
		audit.record("CERTIFICATES_DOWNLOADED", "DemonstrationBase", null, AuditOutcome.SUCCESS,
				found.getNumberOfElements() + " certificates");
		return new Document(render(found.getContent()), "示范基地证书.pdf");
	}

	private byte[] render(List<BaseDetailView> certificates) {
		String platform = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Certified> certified = new ArrayList<>();
		for (BaseDetailView base : certificates) {
			String url = UriComponentsBuilder.fromUriString(platform)
				.path("/public/certificates/verify")
				.queryParam("code", base.verificationCode())
				.build()
				.toUriString();
			certified.add(new Certified(base, url, CertificateQrCodes.pngDataUri(url)));
		}
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("certificates", certified);
		return pdf.render(templates.process("base/certificate-pdf", context));
	}
}
