package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.ResponseEntity;

/** The readiness probe says "starting" (503) until the platform accepts traffic, then "ready" (200), and back. */
class ReadinessControllerTests {

	@Test
	void startingUntilTheStartUpWorkIsDoneThenReady() {
		ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
		ReadinessController probe = new ReadinessController(availability);

		ResponseEntity<String> starting = probe.ready();
		assertThat(starting.getStatusCode().value()).isEqualTo(503);
		assertThat(starting.getBody()).isEqualTo("starting");
		assertThat(starting.getHeaders().getCacheControl()).isEqualTo("no-store");

		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		ResponseEntity<String> ready = probe.ready();
		assertThat(ready.getStatusCode().value()).isEqualTo(200);
		assertThat(ready.getBody()).isEqualTo("ready");

		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		assertThat(probe.ready().getStatusCode().value()).isEqualTo(503);
	}
}
