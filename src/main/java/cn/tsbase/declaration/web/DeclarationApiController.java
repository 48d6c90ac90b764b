package cn.tsbase.declaration.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.declaration.Section;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Paging;

/** Calls and declarations as JSON, with the same authorization and scoping as the pages (no attachment content). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "declarations")
class DeclarationApiController {

	private final DeclarationService declarations;
	private final AuditLog audit;

	DeclarationApiController(DeclarationService declarations, AuditLog audit) {
		this.audit = audit;
		this.declarations = declarations;
	}

	record CallResource(long id, String districtCode, String title, int year, Set<BaseType> baseTypes,
			Instant opensAt, Instant closesAt, int quotaPoints, int quotaZones, String requirementsHtml) {
	}

	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	record DeclarationResource(DeclarationSummary summary, DeclarationContent content, Map<Section, String> returnReasons,
			String commitmentSigner, java.time.LocalDate commitmentDate) {
	}

	@Operation(summary = "The calls the caller may see")
	@GetMapping("/calls")
	List<CallSummary> calls(@AuthenticationPrincipal CurrentUser user) {
		return declarations.callsFor(user);
	}

	@Operation(summary = "One call with its requirements")
	@GetMapping("/calls/{id}")
	CallResource call(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		var call = declarations.call(id, user);
		return new CallResource(call.id(), call.districtCode(), call.title(), call.year(),
				call.baseTypes(), call.opensAt(), call.closesAt(), call.quotaPoints(), call.quotaZones(),
				call.requirementsHtml());
	}

	@Operation(summary = "Declarations in the caller's scope: a unit its own, a district its district's submissions; "
			+ "filters call, type, status, industry, q (unit name); paged")
	@GetMapping("/declarations")
	PageResource<DeclarationSummary> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long call, @RequestParam(required = false) BaseType type,
			@RequestParam(required = false) DeclarationStatus status,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResource.of(declarations.queue(new QueueFilter(call, type, status, industry, q), user.scope(),
				Paging.of(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")))));
	}

	@Operation(summary = "One declaration with its content and return reasons (404 outside the caller's scope); "
			+ "anyone but its unit gets the content as last submitted")
	@GetMapping("/declarations/{id}")
	DeclarationResource get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		DeclarationService.Opened opened = declarations.open(id, user);
		DeclarationView declaration = opened.declaration();
		DeclarationController.auditRead(audit, user, declaration);
		return new DeclarationResource(declaration.summary(), opened.content(), opened.returnReasons(),
				declaration.commitmentSigner(), declaration.commitmentDate());
	}
}
