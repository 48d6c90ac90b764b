package cn.tsbase.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** Beijing time: every time the platform shows or decides on (deadlines, lockouts) is in this zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

	/**
	 * Bean Validation's "today" ({@code @PastOrPresent}, {@code @Future} …) in Beijing time too. Without it the
	 * validator takes the server's zone: on a server in UTC a date entered as today between 00:00 and 08:00 Beijing time
	 * was refused as a date in the future.
	 */
	@Bean
	ValidationConfigurationCustomizer beijingTimeForValidation() {
		return configuration -> configuration.clockProvider(() -> Clock.system(ZONE));
	}
}
