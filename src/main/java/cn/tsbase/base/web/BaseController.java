package cn.tsbase.base.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.base.BaseDetailView;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
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

	private final BaseService bases;
	private final ReferenceData referenceData;
	private final CertificateDocuments certificates;
	private final BaseExports exports;

	BaseController(BaseService bases, ReferenceData referenceData, CertificateDocuments certificates,
			BaseExports exports) {
		this.bases = bases;
		this.referenceData = referenceData;
		this.certificates = certificates;
		this.exports = exports;
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
		Page<BaseDetailView> page = bases.browse(query.filter(), scope, Paging.of(query.page(), Paging.DEFAULT_SIZE,
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
				.map(b -> new BaseResource(b.id(), b.unitName(), b.baseType(), b.batchYear(), b.districtCode(),
						b.industryCode(), b.documentNumber()))
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
		return pdf(certificates.ofUnit(user.getUnitId(), id));
	}

	/** A base's certificate for the officers who hand it over: the district's own bases, every base for the city. */
	@GetMapping("/bases/{id}/certificate.pdf")
	ResponseEntity<byte[]> officerCertificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return pdf(certificates.forOfficer(id, user.scope()));
	}

	/** The certificates of every base the filter finds (within the officer's scope), one page each, for printing. */
	@GetMapping("/bases/certificates.pdf")
	ResponseEntity<byte[]> officerCertificates(@AuthenticationPrincipal CurrentUser user, BaseQuery query) {
		return pdf(certificates.forOfficer(query.filter(), user.scope()));
	}

	/** The list as the filter finds it (within the officer's scope), as Excel. */
	@GetMapping("/bases/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, BaseQuery query, Locale locale) {
		return Downloads.of(exports.workbook(query.filter(), user.scope(), locale), exports.fileName(locale),
				Downloads.XLSX);
	}

	private static ResponseEntity<byte[]> pdf(CertificateDocuments.Document document) {
		return Downloads.of(document.content(), document.fileName(), Downloads.PDF);
	}
}
