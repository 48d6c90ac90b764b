package cn.tsbase.shared.events;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the failed event publications of every module to their listeners again, every
 * {@code tsbase.events.retry-interval}, on one instance of the platform at a time (ShedLock), at most
 * {@link #MAX_ATTEMPTS} times each (ADR 0033).
 * <p>
 * A publication fails when its listener throws, and also when it stays unfinished longer than the staleness limits
 * ({@code spring.modulith.events.staleness.*}): that is what an instance killed in the middle of a listener leaves
 * behind, since the listener's own transaction never committed. The registry claims each publication before handing it
 * on ({@code RESUBMITTED}), so two instances never run the same one twice. Listeners whose module retries them on its
 * own schedule (the notification module's mail and notifications, {@code tsbase.events.retried-by-their-module}) are
 * left to it.
 */
@Component
class FailedPublicationRetry {

	static final int MAX_ATTEMPTS = 24;

	private final FailedEventPublications failed;

	private final List<String> retriedByTheirModule;

	FailedPublicationRetry(FailedEventPublications failed,
			@Value("${tsbase.events.retried-by-their-module:}") List<String> retriedByTheirModule) {
		this.failed = failed;
		this.retriedByTheirModule = retriedByTheirModule.stream().filter(prefix -> !prefix.isBlank()).toList();
	}

	@Scheduled(fixedDelayString = "${tsbase.events.retry-interval}",
			initialDelayString = "${tsbase.events.retry-interval}")
	@SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT10M")
	public void retryNow() {
		failed.resubmit(ResubmissionOptions.defaults().withFilter(this::isRetried));
	}

	boolean isRetried(EventPublication publication) {
		if (!(publication instanceof TargetEventPublication target)
				|| publication.getCompletionAttempts() >= MAX_ATTEMPTS) {
			return false;
		}
		String listener = target.getTargetIdentifier().getValue();
		return retriedByTheirModule.stream().noneMatch(listener::startsWith);
	}
}
