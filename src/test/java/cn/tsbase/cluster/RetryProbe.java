package cn.tsbase.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of {@link ClusterTests}' two instances (both in this JVM, so they share the static record): it fails its
 * first attempt at the events the test names and records, per event, the instance on which it completed.
 */
class RetryProbe {

	static final String LISTENER_ID = "cluster.retry-probe";

	static final Set<String> FAIL_FIRST_ATTEMPT = ConcurrentHashMap.newKeySet();

	static final Map<String, List<String>> COMPLETED_ON = new ConcurrentHashMap<>();

	private static final Set<String> ATTEMPTED = ConcurrentHashMap.newKeySet();

	private final String instance;

	RetryProbe(@Value("${cluster.instance}") String instance) {
		this.instance = instance;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(RetryProbeEvent event) {
		if (ATTEMPTED.add(event.id()) && FAIL_FIRST_ATTEMPT.contains(event.id())) {
			throw new IllegalStateException("the probe's first attempt at " + event.id() + " fails on " + instance);
		}
		COMPLETED_ON.computeIfAbsent(event.id(), id -> new CopyOnWriteArrayList<>()).add(instance);
	}
}
