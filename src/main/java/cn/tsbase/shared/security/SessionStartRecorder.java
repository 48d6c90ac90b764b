package cn.tsbase.shared.security;

import java.time.Clock;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Marks when a session logged in: the absolute session life counts from here, and the idle time of background
 * requests too. Both attributes are created here, in the login request, and never by a later request: a later request
 * may stream its body (a download) on another thread, and Spring Session saves a session both when the request thread
 * leaves the filter chain and when the streamed response commits. A new attribute pending in both saves is inserted
 * twice and the second insert fails (duplicate key, HTTP 500); an attribute that already exists is merely updated
 * twice, which is harmless.
 */
@Component
class SessionStartRecorder {

	private final Clock clock;

	SessionStartRecorder(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			long now = clock.millis();
			HttpSession session = attributes.getRequest().getSession();
			session.setAttribute(AbsoluteSessionTimeoutFilter.STARTED, now);
			session.setAttribute(BackgroundRequestTimeoutFilter.LAST_ACTIVITY, now);
		}
	}
}
