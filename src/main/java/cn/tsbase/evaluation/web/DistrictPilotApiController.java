package cn.tsbase.evaluation.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tsbase.evaluation.internal.DistrictPilotView;
import cn.tsbase.evaluation.internal.DistrictPilots;
import cn.tsbase.evaluation.internal.PilotProgressReports;
import cn.tsbase.evaluation.internal.PilotProgressView;
import cn.tsbase.shared.security.CurrentUser;

/** The districts' national pilots as JSON (read only), scoped like the pages: the bureau's all, a district its own. */
@RestController
@RequestMapping("/api/v1/district-pilots")
@Tag(name = "evaluation")
class DistrictPilotApiController {

	private final DistrictPilots pilots;
	private final PilotProgressReports reports;

	DistrictPilotApiController(DistrictPilots pilots, PilotProgressReports reports) {
		this.pilots = pilots;
		this.reports = reports;
	}

	/** One district's pilot with its half-yearly progress reports. */
	record PilotResource(DistrictPilotView pilot, List<PilotProgressView> reports) {
	}

	@Operation(summary = "The districts' national pilots in the caller's scope with their stage and steps (dates, "
			+ "documents), newest year first")
	@GetMapping
	List<DistrictPilotView> list(@AuthenticationPrincipal CurrentUser user) {
		return pilots.list(user);
	}

	@Operation(summary = "One district's national pilot with its stages and half-yearly progress reports (404 outside "
			+ "the caller's scope)")
	@GetMapping("/{id}")
	PilotResource pilot(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new PilotResource(pilots.find(id, user), reports.ofPilot(id, user));
	}
}
