package cn.tsbase.shared.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Marks when a session logged in: the absolute session life counts from here. */
@Component
class SessionStartRecorder {

	private final Clock clock;

	SessionStartRecorder(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getSession().setAttribute(AbsoluteSessionTimeoutFilter.STARTED, clock.millis());
		}
	}
}
