package cn.tsbase.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits this module's failed event publications (a mail the SMTP server did not take, notifications that could not be
 * stored) every {@code tsbase.notification.retry-interval}, on one instance at a time. A publication is tried at most
 * {@link #MAX_ATTEMPTS} times (a day at the default interval); the registry marks each resubmission so that two runs
 * never hand the same publication on twice.
 */
@Component
public class FailedNotificationRetry {

	/** The prefix of this module's listener ids in the event publication registry. */
	static final String LISTENER_PREFIX = "notification.";

	static final int MAX_ATTEMPTS = 144;

	private final FailedEventPublications failed;

	FailedNotificationRetry(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${tsbase.notification.retry-interval}",
			initialDelayString = "${tsbase.notification.retry-interval}")
	@SchedulerLock(name = "notification-retry", lockAtMostFor = "PT10M")
	public void retryNow() {
		resubmitFailed();
	}

	/** Hands this module's failed publications to their listeners again (asynchronously, as the first time). */
	public void resubmitFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withFilter(FailedNotificationRetry::isRetried));
	}

	static boolean isRetried(EventPublication publication) {
		return publication instanceof TargetEventPublication target
				&& target.getTargetIdentifier().getValue().startsWith(LISTENER_PREFIX)
				&& publication.getCompletionAttempts() < MAX_ATTEMPTS;
	}
}
