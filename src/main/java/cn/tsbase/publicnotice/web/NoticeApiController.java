package cn.tsbase.publicnotice.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.ObjectionDecision;
import cn.tsbase.publicnotice.ObjectionStatus;
import cn.tsbase.publicnotice.ObjectionView;
import cn.tsbase.publicnotice.NoticeView.ListedUnitView;
import cn.tsbase.publicnotice.ProposedListView;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.PublicationView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.publicnotice.internal.ObjectionHandling;
import cn.tsbase.publicnotice.internal.Publications;

/**
 * The municipal bureau's side of the notice as JSON, with the same rules as the pages: notices created from a
 * proposed list and their text corrected, objections (with the objector's full personal data) handled with the
 * district, and the list published (发文). Writes carry the version read, so that a concurrent change is refused (409).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "notices")
class NoticeApiController extends NoticeApiSupport {

	private final NoticeService notices;
	private final ObjectionHandling handling;
	private final Publications publishing;
	private final AuditLog audit;

	NoticeApiController(NoticeService notices, ObjectionHandling handling, Publications publishing, MessageSource messages, AuditLog audit) {
		super(messages);
		this.notices = notices;
		this.handling = handling;
		this.publishing = publishing;
		this.audit = audit;
	}

	// ---------------------------------------------------------------- resources

	/**
	 * A unit on a list, with what identifies it internally; {@code no} is its number on the list (on a publication:
	 * its row in the document, points first, then zones, by district).
	 */
	record ListedUnitResource(int no, long declarationId, long unitId, String unitName, String uscc, BaseType baseType,
			String districtCode, String industryCode, boolean removed) {

		static ListedUnitResource of(int position, ListedUnitView u, boolean removed) {
			return new ListedUnitResource(position + 1, u.declarationId(), u.unitId(), u.unitName(), u.uscc(),
					u.baseType(), u.districtCode(), u.industryCode(), removed);
		}
	}

	record ProposedListResource(long id, int year, Instant decidedAt, List<ListedUnitResource> units) {

		static ProposedListResource of(ProposedListView list) {
			List<ListedUnitResource> units = new ArrayList<>();
			for (int i = 0; i < list.units().size(); i++) {
				units.add(ListedUnitResource.of(i, list.units().get(i), false));
			}
			return new ProposedListResource(list.id(), list.year(), list.decidedAt(), units);
		}
	}

	record NoticeSummary(long id, long listId, int year, String title, LocalDate firstDay, LocalDate lastDay,
			int workingDays, NoticeView.Status status, boolean openForObjections, boolean periodOver, Long replacesId,
			Long supersededById, long version) {

		static NoticeSummary of(NoticeView n, LocalDate today) {
			return new NoticeSummary(n.id(), n.listId(), n.year(), n.title(), n.firstDay(), n.lastDay(),
					n.workingDays(), n.status(), n.isOpenForObjections(today), n.isOver(today), n.replacesId(),
					n.supersededById(), n.version());
		}
	}

	record PublicationSummary(long id, long noticeId, String documentNumber, LocalDate documentDate,
			Instant publishedAt) {

		static PublicationSummary of(PublicationView p) {
			return new PublicationSummary(p.id(), p.noticeId(), p.documentNumber(), p.documentDate(),
					p.publishedAt());
		}
	}

	record NoticeResource(NoticeSummary summary, String bodyHtml, String objectionInstructions, Instant createdAt,
			Instant updatedAt, List<ListedUnitResource> units, PublicationSummary publication) {
	}

	/** An objection with everything the officer handling it needs, the objector's personal data unmasked. */
	record ObjectionResource(long id, long noticeId, String receiptNo, String objectorName, String objectorIdNumber,
			String objectorUnit, String objectorUnitUscc, String phone, String email, int targetNo,
			String targetUnitName, String targetDistrict, String grounds, ObjectionStatus status,
			String verificationRequest, String districtFindings, String investigation, ObjectionDecision decision,
			String reply, Instant filedAt, Instant decidedAt, long version) {

		static ObjectionResource of(ObjectionView o) {
			return new ObjectionResource(o.id(), o.noticeId(), o.receiptNo(), o.objectorName(), o.objectorIdNumber(),
					o.objectorUnit(), o.objectorUnitUscc(), o.phone(), o.email(), o.targetPosition() + 1,
					o.targetUnitName(), o.targetDistrict(), o.grounds(), o.status(), o.verificationRequest(),
					o.districtFindings(), o.investigation(), o.decision(), o.reply(), o.filedAt(), o.decidedAt(),
					o.version());
		}
	}

	record PublicationResource(PublicationSummary summary, int year, String noticeTitle, String publishedBy,
			List<ListedUnitResource> bases) {
	}

	// ---------------------------------------------------------------- requests

	record CreateNoticeRequest(@NotNull(message = "{notice.list.required}") Long listId,
			@NotBlank(message = "{notice.title.required}") @Size(max = 200, message = "{notice.title.required}") String title,
			@NotBlank(message = "{notice.body.required}") @Size(max = 20000, message = "{notice.body.required}") String body,
			@NotBlank(message = "{notice.instructions.required}") @Size(max = 2000, message = "{notice.instructions.required}") String instructions,
			@NotNull(message = "{notice.firstDay.required}") LocalDate firstDay,
			@NotNull(message = "{notice.workingDays.range}") @Min(value = 1, message = "{notice.workingDays.range}") @Max(value = 60, message = "{notice.workingDays.range}") Integer workingDays) {
	}

	record TextRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank(message = "{notice.title.required}") @Size(max = 200, message = "{notice.title.required}") String title,
			@NotBlank(message = "{notice.body.required}") @Size(max = 20000, message = "{notice.body.required}") String body,
			@NotBlank(message = "{notice.instructions.required}") @Size(max = 2000, message = "{notice.instructions.required}") String instructions) {
	}

	record ReplacementRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank(message = "{notice.title.required}") @Size(max = 200, message = "{notice.title.required}") String title,
			@NotBlank(message = "{notice.body.required}") @Size(max = 20000, message = "{notice.body.required}") String body,
			@NotBlank(message = "{notice.instructions.required}") @Size(max = 2000, message = "{notice.instructions.required}") String instructions,
			@NotNull(message = "{notice.firstDay.required}") LocalDate firstDay,
			@NotNull(message = "{notice.workingDays.range}") @Min(value = 1, message = "{notice.workingDays.range}") @Max(value = 60, message = "{notice.workingDays.range}") Integer workingDays) {
	}

	record VerificationRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank(message = "{objection.requestRequired}") @Size(max = 2000) String request) {
	}

	record InvestigationRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotBlank(message = "{objection.investigationRequired}") @Size(max = 4000) String investigation) {
	}

	record ObjectionDecisionRequest(@NotNull(message = "{api.version.required}") Long version,
			@NotNull(message = "{objection.decisionRequired}") ObjectionDecision decision,
			@NotBlank(message = "{objection.replyRequired}") @Size(max = 4000) String reply) {
	}

	record PublicationRequest(
			@NotBlank(message = "{publication.numberRequired}") @Size(max = 50, message = "{publication.numberRequired}") String documentNumber,
			@NotNull(message = "{publication.dateRequired}") LocalDate documentDate) {
	}

	// ---------------------------------------------------------------- notices

	@Operation(summary = "The proposed lists the selection decided that have no notice yet")
	@GetMapping("/proposed-lists")
	List<ProposedListResource> proposedLists() {
		return notices.listsWithoutNotice().stream().map(ProposedListResource::of).toList();
	}

	@Operation(summary = "The notices, newest first; paged")
	@GetMapping("/notices")
	PageResource<NoticeSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		LocalDate today = notices.today();
		return PageResource.of(notices.notices(paging(page, size)).map(n -> NoticeSummary.of(n, today)));
	}

	@Operation(summary = "One notice with its list (removed units marked), its text and its publication, if any")
	@GetMapping("/notices/{id}")
	NoticeResource get(@PathVariable long id) {
		NoticeView notice = notices.notice(id);
		List<ListedUnitResource> units = new ArrayList<>();
		for (int i = 0; i < notice.entries().size(); i++) {
			NoticeView.Entry entry = notice.entries().get(i);
			units.add(ListedUnitResource.of(i, entry.unit(), entry.removed()));
		}
		return new NoticeResource(NoticeSummary.of(notice, notices.today()), notice.bodyHtml(),
				notice.objectionInstructions(), notice.createdAt(), notice.updatedAt(), units,
				publishing.publication(id).map(PublicationSummary::of).orElse(null));
	}

	@Operation(summary = "Publish the notice of a proposed list: live at once, its list and dates fixed, the period "
			+ "counted in working days; 409 when the list already has a notice, the first day is past or the "
			+ "calendar of the period's year is not entered")
	@PostMapping("/notices")
	ResponseEntity<NoticeResource> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateNoticeRequest request) {
		NoticeView notice = notices.createNotice(request.listId(), request.title().strip(),
				RichText.sanitize(request.body()), request.instructions().strip(), request.firstDay(),
				request.workingDays(), user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(get(notice.id()));
	}

	@Operation(summary = "Correct the notice's text (title, body, objection instructions); the list and dates stay. "
			+ "409 once published or after a concurrent change")
	@PutMapping("/notices/{id}/text")
	NoticeResource correctText(@PathVariable long id,
			@Valid @RequestBody TextRequest request) {
		notices.correctText(id, request.version(), request.title().strip(), RichText.sanitize(request.body()),
				request.instructions().strip());
		return get(id);
	}

	@Operation(summary = "Replace a live notice by a corrected one of the same list (new text and dates): the old "
			+ "notice is superseded and its objections move to the new one; 409 once not live, the first day past "
			+ "or after a concurrent change")
	@PostMapping("/notices/{id}/replacement")
	ResponseEntity<NoticeResource> replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReplacementRequest request) {
		NoticeView replacement = notices.replaceNotice(id, request.version(), request.title().strip(),
				RichText.sanitize(request.body()), request.instructions().strip(), request.firstDay(),
				request.workingDays(), user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/notices/" + replacement.id())).body(get(replacement.id()));
	}

	// ---------------------------------------------------------------- objections

	@Operation(summary = "The notice's objections in the order filed, with the objectors' personal data; paged")
	@GetMapping("/notices/{id}/objections")
	PageResource<ObjectionResource> objections(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page<ObjectionView> found = handling.objections(id, paging(page, size));
		if (found.hasContent()) {
			// the objectors' personal data is read: one entry for the page, naming the objections on it
			audit.record("OBJECTION_VIEWED", "Notice", id, AuditOutcome.SUCCESS, "objection " + found.getContent()
				.stream()
				.map(objection -> String.valueOf(objection.id()))
				.collect(Collectors.joining(", ")));
		}
		return PageResource.of(found.map(ObjectionResource::of));
	}

	@Operation(summary = "One objection of the notice (404 if it belongs to another notice)")
	@GetMapping("/notices/{id}/objections/{objectionId}")
	ObjectionResource objection(@PathVariable long id, @PathVariable long objectionId) {
		ObjectionView objection = objectionOf(id, objectionId);
		audit.record("OBJECTION_VIEWED", "Objection", objection.id(), AuditOutcome.SUCCESS, null);
		return ObjectionResource.of(objection);
	}

	@Operation(summary = "Ask the district of the unit objected to to verify; 409 once decided or after a "
			+ "concurrent change")
	@PostMapping("/notices/{id}/objections/{objectionId}/verification")
	ObjectionResource askDistrict(@PathVariable long id,
			@PathVariable long objectionId, @Valid @RequestBody VerificationRequest request) {
		objectionOf(id, objectionId);
		handling.askDistrictToVerify(objectionId, request.version(), request.request().strip());
		return objection(id, objectionId);
	}

	@Operation(summary = "Record the bureau's own investigation; 409 once decided or after a concurrent change")
	@PostMapping("/notices/{id}/objections/{objectionId}/investigation")
	ObjectionResource investigate(@PathVariable long id,
			@PathVariable long objectionId, @Valid @RequestBody InvestigationRequest request) {
		objectionOf(id, objectionId);
		handling.recordInvestigation(objectionId, request.version(), request.investigation().strip());
		return objection(id, objectionId);
	}

	@Operation(summary = "Decide the objection (UPHELD removes the unit from the list, DISMISSED keeps it) with the "
			+ "written reply the objector reads; 409 once decided, after publication or after a concurrent change")
	@PostMapping("/notices/{id}/objections/{objectionId}/decision")
	ObjectionResource decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long objectionId, @Valid @RequestBody ObjectionDecisionRequest request) {
		objectionOf(id, objectionId);
		handling.decide(objectionId, request.version(), request.decision(), request.reply().strip(),
				user.getUsername());
		return objection(id, objectionId);
	}

	private ObjectionView objectionOf(long noticeId, long objectionId) {
		ObjectionView objection = handling.objection(objectionId);
		if (objection.noticeId() != noticeId) {
			throw new NotFoundException("Objection " + objectionId);
		}
		return objection;
	}

	// ---------------------------------------------------------------- publication

	@Operation(summary = "Publish the final list (发文) under a document number: the units left on it become "
			+ "demonstration bases. 409 while the period runs or an objection is open, for a number already used "
			+ "or a notice already published")
	@PostMapping("/notices/{id}/publication")
	ResponseEntity<PublicationResource> publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody PublicationRequest request) {
		PublicationView publication = publishing.publish(id, request.documentNumber().strip(), request.documentDate(),
				user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/publications/" + publication.id()))
			.body(publication(publication.id()));
	}

	@Operation(summary = "The publications (发文), latest document date first; paged")
	@GetMapping("/publications")
	PageResource<PublicationSummary> publications(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResource.of(publishing.publications(paging(page, size)).map(PublicationSummary::of));
	}

	@Operation(summary = "One publication with the bases it lists (points first, then zones, by district)")
	@GetMapping("/publications/{id}")
	PublicationResource publication(@PathVariable long id) {
		PublicationView publication = publishing.publicationById(id);
		NoticeView notice = notices.notice(publication.noticeId());
		List<ListedUnitView> published = PublicationDocuments.published(notice);
		List<ListedUnitResource> bases = new ArrayList<>();
		for (int i = 0; i < published.size(); i++) {
			bases.add(ListedUnitResource.of(i, published.get(i), false));
		}
		return new PublicationResource(PublicationSummary.of(publication), notice.year(), notice.title(),
				publication.publishedBy(), bases);
	}
}
