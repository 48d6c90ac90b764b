package cn.tsbase.publicnotice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.Masking;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.publicnotice.internal.ObjectionFiling;

/**
 * The public side of the notice as JSON, without login: the notices with the units on them (only what the public
 * page shows), and an objector's status lookup with the receipt number and secret code, rate-limited per client
 * like the page and with the objector's personal data masked.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "public notice")
class PublicNoticeApiController extends NoticeApiSupport {

	private static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	private final NoticeService notices;
	private final ObjectionFiling filing;
	private final ReferenceData referenceData;
	private final ObjectionRateLimits limits;

	PublicNoticeApiController(NoticeService notices, ObjectionFiling filing, ReferenceData referenceData, MessageSource messages,
			ObjectionRateLimits limits) {
		super(messages);
		this.notices = notices;
		this.filing = filing;
		this.referenceData = referenceData;
		this.limits = limits;
	}

	/** {@code supersededBy}: the corrected notice that replaced this one; {@code replaces}: the notice it corrects. */
	record PublicNoticeSummary(long id, int year, String title, LocalDate firstDay, LocalDate lastDay,
			int workingDays, boolean openForObjections, NoticeView.Status status, Long replaces, Long supersededBy) {

		static PublicNoticeSummary of(NoticeView n, LocalDate today) {
			return new PublicNoticeSummary(n.id(), n.year(), n.title(), n.firstDay(), n.lastDay(), n.workingDays(),
					n.isOpenForObjections(today), n.status(), n.replacesId(), n.supersededById());
		}
	}

	/** A unit as the public page lists it: its number on the notice, name, type, district and industry. */
	record PublicUnit(int no, String name, BaseType baseType, String districtCode, String district,
			String industryCode, String industry) {
	}

	record PublicNoticeResource(long id, int year, String title, String bodyHtml, String objectionInstructions,
			LocalDate firstDay, LocalDate lastDay, int workingDays, boolean openForObjections, NoticeView.Status status,
			Long replaces, Long supersededBy, List<PublicUnit> units) {
	}

	record StatusRequest(@NotBlank(message = "{public.objectionStatus.required}") @Size(max = 20) String receiptNo,
			@NotBlank(message = "{public.objectionStatus.required}") @Size(max = 20) String code) {
	}

	/** What the objector reads, as on the status page: their name and phone masked. */
	record ObjectionStatusResource(String receiptNo, String targetUnitName, String objectorName, String phone,
			Instant filedAt, ObjectionStatus status, ObjectionDecision decision, String reply) {
	}

	@Operation(summary = "The notices (公示) and their archive, newest first; paged")
	@GetMapping("/notices")
	ResponseEntity<PageResource<PublicNoticeSummary>> notices(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		LocalDate today = notices.today();
		return ResponseEntity.ok()
			.cacheControl(PUBLIC_PAGE)
			.body(PageResource.of(notices.notices(paging(page, size)).map(n -> PublicNoticeSummary.of(n, today))));
	}

	@Operation(summary = "One notice with the units still on it: name, type, district, industry (no credit code or "
			+ "other internal data)")
	@GetMapping("/notices/{id}")
	ResponseEntity<PublicNoticeResource> notice(@PathVariable long id, Locale locale) {
		NoticeView notice = notices.notice(id);
		List<PublicUnit> units = new ArrayList<>();
		for (int i = 0; i < notice.entries().size(); i++) {
			NoticeView.Entry entry = notice.entries().get(i);
			if (!entry.removed()) {
				NoticeView.ListedUnitView u = entry.unit();
				units.add(new PublicUnit(i + 1, u.unitName(), u.baseType(), u.districtCode(),
						referenceData.district(u.districtCode(), locale), u.industryCode(),
						u.industryCode() == null ? null : referenceData.industry(u.industryCode(), locale)));
			}
		}
		return ResponseEntity.ok()
			.cacheControl(PUBLIC_PAGE)
			.body(new PublicNoticeResource(notice.id(), notice.year(), notice.title(), notice.bodyHtml(),
					notice.objectionInstructions(), notice.firstDay(), notice.lastDay(), notice.workingDays(),
					notice.isOpenForObjections(notices.today()), notice.status(), notice.replacesId(),
					notice.supersededById(), units));
	}

	@Operation(summary = "An objection's status and reply, with the receipt number and secret code (personal data "
			+ "masked); 404 alike for a wrong number or code, 429 past the rate limit")
	@PostMapping("/objections/status")
	ObjectionStatusResource status(@Valid @RequestBody StatusRequest request, HttpServletRequest http) {
		if (!limits.tryLookup(http.getRemoteAddr())) {
			throw new TooManyRequestsException("Objection lookup rate limit");
		}
		ObjectionView o = filing.lookUp(request.receiptNo(), request.code())
			.orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "public.objectionStatus.notFound"));
		return new ObjectionStatusResource(o.receiptNo(), o.targetUnitName(), Masking.name(o.objectorName()),
				Masking.phone(o.phone()), o.filedAt(), o.status(), o.decision(), o.reply());
	}
}
