package cn.tsbase.base.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.base.internal.BaseService;
import cn.tsbase.base.internal.DemonstrationBase;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.PublicPage;
import cn.tsbase.shared.web.Paging;
import cn.tsbase.shared.web.Downloads;

/**
 * The demonstration bases: the public list (no login, cacheable), the district's list, and each unit's own base with
 * its certificate.
 */
@Controller
@Tag(name = "bases")
class BaseController {

	private static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
	private static final Set<String> SORTABLE = Set.of("unitName", "batchYear", "districtCode");
	private static final DataScope PUBLIC = new DataScope(DataScope.Kind.ALL, null, null);
	private static final int MAX_CERTIFICATES = 100;
	private static final int MAX_EXPORT = 5000;

	private final BaseService bases;
	private final ReferenceData referenceData;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final AuditLog audit;
	private final String baseUrl;

	BaseController(BaseService bases, ReferenceData referenceData, TemplateEngine templates, PdfRenderer pdf,
			MessageSource messages, AuditLog audit, @Value("${tsbase.mail.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.bases = bases;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
	}

	record BaseQuery(Integer year, String district, BaseType type, String industry, String q, Integer page,
			String sort) {

		BaseService.Filter filter() {
			return new BaseService.Filter(year, district, type, industry, q);
		}

		MultiValueMap<String, String> filters() {
			MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
			filters.add("year", year == null ? null : year.toString());
			filters.add("district", district);
			filters.add("type", type == null ? null : type.name());
			filters.add("industry", industry);
			filters.add("q", q);
			filters.add("sort", sort);
			return filters;
		}
	}

	private void list(BaseQuery query, DataScope scope, String path, Model model) {
		Page<DemonstrationBase> page = bases.browse(query.filter(), scope, Paging.of(query.page(), Paging.DEFAULT_SIZE,
				query.sort(), SORTABLE, Sort.by(Sort.Direction.DESC, "batchYear").and(Sort.by("districtCode"))
					.and(Sort.by("unitName"))));
		model.addAttribute("bases", page);
		model.addAttribute("query", query);
		model.addAttribute("links", PageLinks.of(page, path, query.filters()));
		model.addAttribute("years", bases.years());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
		model.addAttribute("baseTypes", BaseType.values());
		model.addAttribute("basePath", path);
	}

	@GetMapping("/public/bases")
	@PublicPage(parameters = { "year", "district", "type", "industry", "q", "page", "sort" })
	String publicList(BaseQuery query, HttpServletRequest request, Model model) {
		list(query, PUBLIC, "/public/bases", model);
		return Htmx.view(request, "base/list", "results");
	}

	@GetMapping("/bases")
	String districtList(@AuthenticationPrincipal CurrentUser user, BaseQuery query, HttpServletRequest request,
			Model model) {
		list(query, user.scope(), "/bases", model);
		return Htmx.view(request, "base/list", "results");
	}

	record BaseResource(long id, String unitName, BaseType baseType, int batchYear, String districtCode,
			String industryCode, String documentNumber) {
	}

	@Operation(summary = "The public list of demonstration bases, with filters (year, district, type, industry, q)")
	@GetMapping("/api/v1/public/bases")
	@ResponseBody
	ResponseEntity<List<BaseResource>> publicApi(BaseQuery query) {
		return ResponseEntity.ok()
			.cacheControl(PUBLIC_PAGE)
			.body(bases.search(query.filter(), PUBLIC, Paging.of(query.page(), 100, null, Set.of(),
					Sort.by(Sort.Direction.DESC, "batchYear").and(Sort.by("unitName"))))
				.map(b -> new BaseResource(b.getId(), b.getUnitName(), b.getBaseType(), b.getBatchYear(),
						b.getDistrictCode(), b.getIndustryCode(), b.getDocumentNumber()))
				.getContent());
	}

	@GetMapping("/unit/base")
	String unitBase(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("bases", user.getUnitId() == null ? List.of() : bases.ofUnit(user.getUnitId()));
		return "base/unit";
	}

	/** The certificate (证书) of one of the unit's bases, as PDF. */
	@GetMapping("/unit/base/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		if (user.getUnitId() == null) {
			throw new NotFoundException("Base " + id);
		}
		DemonstrationBase base = bases.ofUnit(user.getUnitId(), id);
		return certificates(List.of(base), "示范基地证书-" + base.getBatchYear() + ".pdf");
	}

	/** A base's certificate for the officers who hand it over: the district's own bases, every base for the city. */
	@GetMapping("/bases/{id}/certificate.pdf")
	ResponseEntity<byte[]> officerCertificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		DemonstrationBase base = bases.inScope(id, user.scope());
		audit.record("CERTIFICATE_DOWNLOADED", "DemonstrationBase", id, AuditOutcome.SUCCESS, null);
		return certificates(List.of(base), "示范基地证书-" + base.getBatchYear() + "-" + base.getUnitName() + ".pdf");
	}

	/** The certificates of every base the filter finds (within the officer's scope), one page each, for printing. */
	@GetMapping("/bases/certificates.pdf")
	ResponseEntity<byte[]> officerCertificates(@AuthenticationPrincipal CurrentUser user, BaseQuery query) {
		Page<DemonstrationBase> found = bases.search(query.filter(), user.scope(),
				PageRequest.of(0, MAX_CERTIFICATES, Sort.by("batchYear", "districtCode", "unitName")));
		if (found.getTotalElements() > MAX_CERTIFICATES) {
			throw new StateConflictException("bases.certificates.tooMany", "More than " + MAX_CERTIFICATES);
		}
		if (found.isEmpty()) {
			throw new NotFoundException("No base");
		}
		audit.record("CERTIFICATES_DOWNLOADED", "DemonstrationBase", null, AuditOutcome.SUCCESS,
				found.getNumberOfElements() + " certificates");
		return certificates(found.getContent(), "示范基地证书.pdf");
	}

	/** The list as the filter finds it (within the officer's scope), as Excel. */
	@GetMapping("/bases/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, BaseQuery query, Locale locale) {
		Page<DemonstrationBase> found = bases.search(query.filter(), user.scope(),
				PageRequest.of(0, MAX_EXPORT, Sort.by("batchYear", "districtCode", "unitName")));
		List<String> headers = List.of(msg("unit.field.name", locale), msg("unit.field.uscc", locale),
				msg("declaration.baseType", locale), msg("unit.field.districtCode", locale),
				msg("unit.field.industryCode", locale), msg("bases.year", locale), msg("publication.number", locale),
				msg("publication.date", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (DemonstrationBase b : found) {
			rows.add(List.of(b.getUnitName(), b.getUscc(), msg(b.getBaseType().messageKey(), locale),
					referenceData.district(b.getDistrictCode(), locale),
					referenceData.industry(b.getIndustryCode(), locale), b.getBatchYear(), b.getDocumentNumber(),
					b.getDocumentDate().toString()));
		}
		audit.record("BASES_EXPORTED", "DemonstrationBase", null, AuditOutcome.SUCCESS, rows.size() + " rows");
		return Downloads.of(Spreadsheets.write(msg("bases.title", locale), headers, rows),
				msg("bases.export.file", locale), Downloads.XLSX);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** A certificate as printed: the base, the address of its check and that address as a QR code. */
	record Certified(DemonstrationBase base, String checkUrl, String qrCode) {
	}

	private ResponseEntity<byte[]> certificates(List<DemonstrationBase> bases, String fileName) {
		String platform = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Certified> certified = new ArrayList<>();
		for (DemonstrationBase base : bases) {
			String url = UriComponentsBuilder.fromUriString(platform)
				.path("/public/certificates/verify")
				.queryParam("code", base.getVerificationCode())
				.build()
				.toUriString();
			certified.add(new Certified(base, url, CertificateQrCodes.pngDataUri(url)));
		}
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("certificates", certified);
		byte[] document = pdf.render(templates.process("base/certificate-pdf", context));
		return Downloads.of(document, fileName, Downloads.PDF);
	}
}
