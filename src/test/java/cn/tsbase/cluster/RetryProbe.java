package cn.tsbase.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of {@link ClusterTests}' instances. Its work is a row in {@link #TABLE} (the event's id and the instance),
 * written in the listener's transaction, so that the database holds every attempt that completed, on whichever
 * instance and in whichever JVM. It fails its first attempt at the events in {@link #FAIL_FIRST_ATTEMPT}, and at the
 * events in {@link #HANG} it stops after its work, before its transaction commits: it creates
 * {@link #started(Path, String)} and waits for ever, until its instance is killed.
 */
class RetryProbe {

	static final String LISTENER_ID = "cluster.retry-probe";

	/** The probe's work: created by ClusterTests before the instances that write it start, dropped at its end. */
	static final String TABLE = "cluster_retry_probe";

	static final Set<String> FAIL_FIRST_ATTEMPT = ConcurrentHashMap.newKeySet();

	static final Set<String> HANG = ConcurrentHashMap.newKeySet();

	private static final Set<String> ATTEMPTED = ConcurrentHashMap.newKeySet();

	private final String instance;

	private final Path work;

	private final JdbcTemplate jdbc;

	RetryProbe(@Value("${cluster.instance}") String instance, @Value("${cluster.work}") String work,
			DataSource dataSource) {
		this.instance = instance;
		this.work = Path.of(work);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The file the listener creates once its work is done at an event of {@link #HANG}, its transaction still open. */
	static Path started(Path work, String eventId) {
		return work.resolve("probe-started-" + eventId);
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(RetryProbeEvent event) throws IOException, InterruptedException {
		jdbc.update("insert into " + TABLE + " (event_id, instance) values (?, ?)", event.id(), instance);
		if (ATTEMPTED.add(event.id()) && FAIL_FIRST_ATTEMPT.contains(event.id())) {
			throw new IllegalStateException("the probe's first attempt at " + event.id() + " fails on " + instance);
		}
		if (HANG.contains(event.id())) {
			Files.writeString(started(work, event.id()), instance);
			new CountDownLatch(1).await();
		}
	}
}
