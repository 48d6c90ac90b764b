package cn.tsbase.organization.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.organization.UnitView;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The unit registry as an Excel workbook: the registry's own query (filters, search, sort and the officer's district),
 * the columns the list shows; the contact fields, which the list does not show, stay out. Read by keyset, so units
 * registered during the export shift no row.
 */
@Controller
class UnitExports {

	private final OrganizationService organization;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final TimeFormat time;
	private final AuditLog audit;

	UnitExports(OrganizationService organization, ListExports exports, ReferenceData referenceData, TimeFormat time,
			AuditLog audit) {
		this.organization = organization;
		this.exports = exports;
		this.referenceData = referenceData;
		this.time = time;
		this.audit = audit;
	}

	@GetMapping("/units/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user, UnitListQuery query,
			Locale locale) {
		var prepared = exports.prepare(new ListExports.Export<UnitView>("units.title",
				List.of("unit.field.name", "unit.field.uscc", "unit.field.unitTypeCode", "unit.field.industryCode",
						"unit.field.districtCode", "unit.field.headcount", "unit.registeredAt"),
				pageable -> organization.search(query.filter(), user.scope(), pageable), query.pageable().getSort(),
				ListExports.MAX_ROWS,
				unit -> ListExports.cells(unit.name(), unit.uscc(), referenceData.unitType(unit.unitTypeCode(), locale),
						referenceData.industry(unit.industryCode(), locale),
						referenceData.district(unit.districtCode(), locale), unit.headcount(),
						time.date(unit.registeredAt())),
				(position, limit) -> organization.scroll(query.filter(), user.scope(), query.pageable().getSort(),
						position, limit)));
		audit.record("LIST_EXPORTED", "Unit", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}
}
