package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.tsbase.IntegrationTest;

/**
 * Bean Validation decides "today" ({@code @PastOrPresent} on a visit's date …) in Beijing time, whatever the server's
 * zone: on a server in UTC, a date entered as today between 00:00 and 08:00 Beijing time was refused as in the future.
 */
@IntegrationTest
class ValidationClockTests {

	@Autowired
	ValidatorFactory validation;

	@Test
	void theValidatorsClockIsInBeijingTime() {
		assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}
}
