package cn.tsbase.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.tsbase.MutableClock;

/** Values kept per key for a time to live, each counted by one request at a time. */
class KeptValuesTests {

	private final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC));

	@Test
	void requestsArrivingWhileAValueIsCountedWaitForThatCount() throws Exception {
		KeptValues kept = new KeptValues(clock, Duration.ofSeconds(60), 10);
		AtomicInteger counts = new AtomicInteger();
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> kept.get("dashboard", () -> {
				counting.countDown();
				await(release);
				return counts.incrementAndGet();
			}).value()));
			assertThat(counting.await(30, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(pool.submit(() -> kept.get("dashboard", counts::incrementAndGet).value()));
			}
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(counts).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aValueIsCountedAgainOnceItsTimeToLiveIsOver() {
		KeptValues kept = new KeptValues(clock, Duration.ofSeconds(60), 10);
		AtomicInteger counts = new AtomicInteger();
		assertThat(kept.get("a", counts::incrementAndGet).value()).isEqualTo(1);
		clock.advance(Duration.ofSeconds(59));
		assertThat(kept.get("a", counts::incrementAndGet).value()).isEqualTo(1);
		assertThat(kept.get("b", counts::incrementAndGet).value()).as("another key").isEqualTo(2);
		clock.advance(Duration.ofSeconds(1));
		KeptValues.Kept<Integer> fresh = kept.get("a", counts::incrementAndGet);
		assertThat(fresh.value()).isEqualTo(3);
		assertThat(fresh.countedAt()).isEqualTo(clock.instant());
	}

	@Test
	void aTimeToLiveOfZeroCountsEveryRequest() {
		KeptValues kept = new KeptValues(clock, Duration.ZERO, 10);
		AtomicInteger counts = new AtomicInteger();
		kept.get("a", counts::incrementAndGet);
		kept.get("a", counts::incrementAndGet);
		assertThat(counts).hasValue(2);
	}

	@Test
	void beyondTheMostEntriesTheExpiredGoFirstThenAll() {
		KeptValues kept = new KeptValues(clock, Duration.ofSeconds(60), 2);
		AtomicInteger counts = new AtomicInteger();
		kept.get("old", counts::incrementAndGet);
		clock.advance(Duration.ofSeconds(61));
		kept.get("a", counts::incrementAndGet);
		// "old" has expired: it makes room for "b", and "a" is still kept
		kept.get("b", counts::incrementAndGet);
		assertThat(kept.get("a", counts::incrementAndGet).value()).isEqualTo(2);
		// nothing has expired: all go, and "c" is kept alone
		kept.get("c", counts::incrementAndGet);
		assertThat(kept.get("a", counts::incrementAndGet).value()).isEqualTo(5);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
