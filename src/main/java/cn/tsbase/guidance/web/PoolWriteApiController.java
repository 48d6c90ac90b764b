package cn.tsbase.guidance.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.guidance.internal.CultivationPool;
import cn.tsbase.guidance.internal.CultivationPoolEntries;
import cn.tsbase.guidance.internal.PoolEntryView;
import cn.tsbase.guidance.web.PoolController.PoolForm;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The district's cultivation pool as JSON, the same steps, checks and audit as the pool page: add a unit by credit
 * code, change an entry's notes and officer, take it out, invite the pool to a call. Only the district officers of the
 * pool's district change it (404 for another district's entry); a stale version is 409.
 */
@RestController
@Tag(name = "guidance")
class PoolWriteApiController {

	private final CultivationPool pool;
	private final CultivationPoolEntries entries;

	PoolWriteApiController(CultivationPool pool, CultivationPoolEntries entries) {
		this.pool = pool;
		this.entries = entries;
	}

	record EntryUpdate(@Size(max = 2000) String notes, Long officerId, @NotNull Long version) {
	}

	record InvitationRequest(@NotNull Long callId) {
	}

	record Invited(int invited) {
	}

	@Operation(summary = "The district adds a unit to its pool by credit code (a unit not registered yet needs its "
			+ "name; another district's unit or an invalid code: 400; already in the pool: 409)")
	@PostMapping("/api/v1/cultivation-pool")
	ResponseEntity<PoolEntryView> add(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PoolForm form) {
		long id = pool.add(form.uscc().strip(), form.unitName(), form.reason(), form.notes(), form.officerId(), user);
		return ResponseEntity.created(URI.create("/api/v1/cultivation-pool/" + id)).body(entries.find(id, user));
	}

	@Operation(summary = "An entry of the caller's district's pool (any district's for the municipal bureau) with "
			+ "its visits and how far it got in selection")
	@GetMapping("/api/v1/cultivation-pool/{id}")
	PoolEntryView entry(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return entries.find(id, user);
	}

	@Operation(summary = "The district changes an entry's notes and guidance officer (none: null; a registered unit "
			+ "is assigned to the officer); another district's officer: 400; stale version: 409")
	@PutMapping("/api/v1/cultivation-pool/{id}")
	PoolEntryView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody EntryUpdate request) {
		entries.update(id, request.notes(), request.officerId(), request.version(), user);
		return entries.find(id, user);
	}

	@Operation(summary = "The district takes an entry out of its pool (stale version: 409)")
	@DeleteMapping("/api/v1/cultivation-pool/{id}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version) {
		entries.remove(id, version, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The district invites its registered pool units that have not applied yet to a call it "
			+ "sees (400 otherwise); how many were invited")
	@PostMapping("/api/v1/cultivation-pool/invitations")
	Invited invite(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InvitationRequest request) {
		return new Invited(pool.invite(request.callId(), user));
	}
}
