package cn.tsbase.shared.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The readiness probe for a proxy or a script (issue 16): 200 {@code ready} once the platform has started and its
 * start-up work (migrations, the demo data of the demo profile, back-fills) is done, 503 {@code starting} before. The
 * web server answers earlier than that — {@code /public/ping} says it is alive — so a proxy should send users to an
 * instance only when this says ready.
 */
@RestController
@Tag(name = "public")
class ReadinessController {

	private final ApplicationAvailability availability;

	ReadinessController(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Operation(summary = "Whether the platform is ready for users: 200 ready, or 503 while it is still starting")
	@GetMapping("/public/ready")
	ResponseEntity<String> ready() {
		boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.cacheControl(CacheControl.noStore())
			.body(ready ? "ready" : "starting");
	}
}
