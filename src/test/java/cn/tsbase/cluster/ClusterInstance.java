package cn.tsbase.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.TestConfiguration;
import cn.tsbase.TsbaseApplication;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.publicnotice.NoticeFixtures;

/**
 * An instance of the platform as {@link ClusterTests} runs it: the test profile with the rate-limit scope, anchor file,
 * attachments and jobs that all instances share, and {@link RetryProbe}.
 * <p>
 * Run as a program ({@code name scope work-directory}, the database in {@code spring.datasource.*}), it is the instance
 * that ClusterTests starts in a JVM of its own to kill with {@code kill -9}: once up it creates
 * {@link #ready(Path, String)}, then publishes a {@link RetryProbeEvent} for each event id read from its standard input,
 * whose listener stops in the middle of its work ({@link RetryProbe#HANG}). It leaves the scheduled jobs to the other
 * instances, so that the kill cannot leave one of their ShedLock locks held for its {@code lockAtMostFor}, and exits
 * when its standard input closes, which it does when the test JVM ends however it ends.
 */
final class ClusterInstance {

	/** The public page cache's time to live on every instance. */
	static final Duration TTL = Duration.ofSeconds(4);

	/** The login attempts per minute and client across all instances. */
	static final int LOGIN_LIMIT = 4;

	/** How long a publication stays unfinished before it is taken for failed and handed on again (ADR 0033). */
	static final Duration STALE = Duration.ofSeconds(20);

	private ClusterInstance() {
	}

	public static void main(String[] args) throws Exception {
		String name = args[0];
		Path work = Path.of(args[2]);
		// the jobs stay with the other instances: never fired here
		ConfigurableApplicationContext context = start(name, args[1], work,
				Map.of("tsbase.calendar.alert-cron", "-", "tsbase.events.retry-interval", "P1D"));
		Path ready = ready(work, name);
		Path written = Files.writeString(ready.resolveSibling(ready.getFileName() + ".tmp"), name);
		Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);

		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String id = in.readLine(); id != null; id = in.readLine()) {
			String eventId = id.strip();
			RetryProbe.HANG.add(eventId);
			transaction.executeWithoutResult(status -> context.publishEvent(new RetryProbeEvent(eventId)));
		}
		System.exit(SpringApplication.exit(context));
	}

	/** The file that an instance run as a program creates once it is up. */
	static Path ready(Path work, String name) {
		return work.resolve(name + ".ready");
	}

	/** Starts an instance in this JVM; {@code overrides} replace the shared properties of the same name. */
	static ConfigurableApplicationContext start(String name, String scope, Path work, Map<String, String> overrides) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("tsbase.rate-limits.scope", scope);
		properties.put("tsbase.audit.anchor-file", work.resolve("audit-anchor.log").toString());
		properties.put("tsbase.attachments.dir", work.resolve("attachments").toString());
		properties.put("tsbase.security.trusted-proxies", "127.0.0.1");
		properties.put("tsbase.security.login-attempts-per-minute", String.valueOf(LOGIN_LIMIT));
		properties.put("tsbase.public-pages.cache-ttl", TTL.toSeconds() + "s");
		// the missing-calendar alert every second on every instance: ShedLock lets one run it a minute
		properties.put("tsbase.calendar.alert-cron", "* * * * * *");
		properties.put("spring.task.scheduling.thread-name-prefix", name + "-scheduling-");
		properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
		// failed publications retried every second, one left unfinished for STALE taken for failed (ADR 0033)
		properties.put("tsbase.events.retry-interval", "PT1S");
		properties.put("spring.modulith.events.staleness.published", STALE.toSeconds() + "s");
		properties.put("spring.modulith.events.staleness.processing", STALE.toSeconds() + "s");
		// Modulith 2.0.3 counts RESUBMITTED's limit from the publication date too: at STALE, a retry of the killed
		// instance's publication (already older than STALE) would be marked failed at the next check, a second later,
		// and handed on again if its listener took longer than that on a loaded machine (ADR 0033)
		properties.put("spring.modulith.events.staleness.resubmission", "PT10M");
		properties.put("spring.modulith.events.staleness.check-intervall", "PT1S");
		properties.put("cluster.instance", name);
		properties.put("cluster.work", work.toString());
		properties.putAll(overrides);
		return new SpringApplicationBuilder(TsbaseApplication.class, TestConfiguration.class, AccountFixtures.class,
				NoticeFixtures.class, RetryProbe.class)
			.profiles("test")
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}
}
