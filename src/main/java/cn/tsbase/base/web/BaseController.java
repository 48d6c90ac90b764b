package cn.tsbase.base.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
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
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.PublicPage;
import cn.tsbase.shared.web.Paging;

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
	private final TemplateEngine templates;
	private final PdfRenderer pdf;

	BaseController(BaseService bases, ReferenceData referenceData, TemplateEngine templates, PdfRenderer pdf) {
		this.bases = bases;
		this.referenceData = referenceData;
		this.templates = templates;
		this.pdf = pdf;
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
		Page<DemonstrationBase> page = bases.search(query.filter(), scope, Paging.of(query.page(), Paging.DEFAULT_SIZE,
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
	@PublicPage
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
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("base", base);
		byte[] document = pdf.render(templates.process("base/certificate-pdf", context));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("示范基地证书-" + base.getBatchYear() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.body(document);
	}
}
