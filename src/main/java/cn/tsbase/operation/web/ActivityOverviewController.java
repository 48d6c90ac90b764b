package cn.tsbase.operation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.ActivityOverview;
import cn.tsbase.operation.internal.ActivityRecord;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Htmx;
import cn.tsbase.shared.web.ListExports;
import cn.tsbase.shared.web.PageLinks;
import cn.tsbase.shared.web.Paging;

/**
 * All trainings and publicity events of the bases the officer oversees (the district its own, the municipal bureau
 * every district, read-only): filtered by base, kind and dates, paged in the database, and the same list as an Excel
 * workbook written as it streams, read in keyset batches (shared.web.ListExports).
 */
@Controller
class ActivityOverviewController {

	private final ActivityOverview overview;
	private final ReferenceData referenceData;
	private final MessageSource messages;
	private final ListExports exports;
	private final AuditLog audit;

	ActivityOverviewController(ActivityOverview overview, ReferenceData referenceData, MessageSource messages,
			ListExports exports, AuditLog audit) {
		this.overview = overview;
		this.exports = exports;
		this.audit = audit;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/operation/activities")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		var filter = new ActivityOverview.Filter(district, kind, from, until, name);
		Page<ActivityOverview.Row> found = overview.page(user, filter,
				Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), ActivityOverview.ORDER));
		var filters = new LinkedMultiValueMap<String, String>();
		filters.add("district", district);
		filters.add("kind", kind == null ? null : kind.name());
		filters.add("from", from == null ? null : from.toString());
		filters.add("until", until == null ? null : until.toString());
		filters.add("name", name);
		model.addAttribute("rows", found);
		model.addAttribute("links", PageLinks.of(found, "/operation/activities", filters));
		model.addAttribute("district", district);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from);
		model.addAttribute("until", until);
		model.addAttribute("name", name);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("districts", referenceData.active(ReferenceCategory.DISTRICT));
		return Htmx.view(request, "operation/all-activities", "results");
	}

	@GetMapping("/operation/activities.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String district, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String name, Locale locale) {
		var filter = new ActivityOverview.Filter(district, kind, from, until, name);
		var prepared = exports.prepare(new ListExports.Export<ActivityOverview.Row>("operation.allActivities.title",
				List.of("unit.field.name", "unit.field.districtCode", "operation.activity.heldOn",
						"operation.activity.kind", "operation.activity.topic", "operation.activity.place",
						"operation.activity.participants", "operation.activity.organiser", "operation.evidence.title"),
				pageable -> overview.counted(user, filter, pageable), ActivityOverview.ORDER,
				ActivityOverview.MAX_EXPORT, r -> {
					ActivityRecord a = r.activity();
					return ListExports.cells(r.unitName(), referenceData.district(r.districtCode(), locale),
							a.heldOn().toString(), msg(a.kind().messageKey(), locale), a.topic(),
							a.online() ? msg("operation.activity.onlineValue", locale) : a.place(), a.participants(),
							a.organiser(), a.evidenceCount());
				}, (position, limit) -> overview.after(user, filter, position, limit)));
		audit.record("ACTIVITIES_EXPORTED", "Activity", null, AuditOutcome.SUCCESS, prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
