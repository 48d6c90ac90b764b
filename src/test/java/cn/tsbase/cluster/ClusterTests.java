package cn.tsbase.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import cn.tsbase.WebClient;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.TestAccount;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.shared.security.Role;

/**
 * Two instances of the platform on one PostgreSQL database, started in this JVM on ports of their own, and Debian's
 * nginx as a round-robin proxy in front of them (issue 16, point 4): a session begun on one instance goes on on the
 * other, a scheduled job runs on one of them (ShedLock), a rate limit of N is N across both (RateLimiters, ADR 0029),
 * a correction published on one shows on the other's public pages within the page cache's time to live (ADR 0008), and an
 * event whose listener failed is completed once (ADR 0033). A third instance, C, runs in a JVM of its own
 * ({@link ClusterInstance#main}): an event it published is completed once by the other two after C was killed with
 * {@code kill -9} in the middle of its listener. Runs with {@code -Ppostgres} only (the {@code cluster} execution of
 * the postgres profile); the proxy's part is skipped when nginx is not installed.
 */
class ClusterTests {

	private static final Duration TTL = ClusterInstance.TTL;
	private static final int LOGIN_LIMIT = ClusterInstance.LOGIN_LIMIT;
	private static final Duration STALE = ClusterInstance.STALE;
	private static final String JOB_LOCK = "calendar-missing-year-alerts";
	private static final String SHEDLOCK_EXECUTOR = "net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor";

	/** Client addresses of this run (the rate limiters' scope is new each run, so runs do not meet). */
	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static Path work;
	private static ConfigurableApplicationContext a;
	private static ConfigurableApplicationContext b;
	private static Process killed;
	private static Process nginx;
	private static int nginxPort;

	@BeforeAll
	static void startTwoInstancesAndTheProxy() throws Exception {
		String url = System.getProperty("spring.datasource.url", "");
		assumeTrue(url.startsWith("jdbc:postgresql:"),
				"two instances need a shared database: run with -Ppostgres (spring.datasource.url is " + url + ")");
		work = Files.createTempDirectory("tsbase-cluster");
		String scope = "cluster-" + UUID.randomUUID();
		a = ClusterInstance.start("a", scope, work, Map.of());
		jdbc().execute("create table if not exists " + RetryProbe.TABLE
				+ " (event_id varchar(36) not null, instance varchar(8) not null)");
		// the JVM to kill starts while B does
		killed = startInAJvmOfItsOwn("c", scope);
		b = ClusterInstance.start("b", scope, work, Map.of());
		startNginx();
	}

	/**
	 * An instance started as a program ({@link ClusterInstance#main}) on the test JVM's class path and database. It
	 * lives for a test or two: a small heap and the quick compiler, a lighter load on a loaded machine.
	 */
	private static Process startInAJvmOfItsOwn(String name, String scope) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
		for (String property : List.of("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password")) {
			command.add("-D" + property + "=" + System.getProperty(property, ""));
		}
		command.addAll(List.of(ClusterInstance.class.getName(), name, scope, work.toString()));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".log").toFile())
			.start();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static void startNginx() throws Exception {
		Path binary = Path.of("/usr/sbin/nginx");
		if (!Files.isExecutable(binary)) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			nginxPort = socket.getLocalPort();
		}
		Path conf = work.resolve("nginx.conf");
		Files.writeString(conf, nginxConfig(work, nginxPort, port(a), port(b)));
		nginx = new ProcessBuilder(binary.toString(), "-p", work.toString(), "-c", conf.toString(), "-e",
				work.resolve("nginx-error.log").toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("nginx.out").toFile())
			.start();
		await("nginx answering on " + nginxPort).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptions()
			.until(() -> {
				assertThat(nginx.isAlive()).as(() -> read(work.resolve("nginx.out"))).isTrue();
				return new WebClient("http://127.0.0.1:" + nginxPort).get("/public/ping").statusCode() == 200;
			});
	}

	/** The configuration bench/cluster.sh writes too: round robin over the two instances, the client's address passed on. */
	static String nginxConfig(Path dir, int listen, int... upstreams) {
		StringBuilder servers = new StringBuilder();
		for (int upstream : upstreams) {
			servers.append("    server 127.0.0.1:").append(upstream).append(";\n");
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		return (root ? "user root;\n" : "") + """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/nginx-error.log warn;
				events { worker_connections 256; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/client_body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream tsbase {
				%2$s  }
				  server {
				    listen 127.0.0.1:%3$d;
				    location / {
				      proxy_pass http://tsbase;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      add_header X-Upstream $upstream_addr always;
				    }
				  }
				}
				""".formatted(dir, servers, listen);
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (killed != null) {
			killed.destroyForcibly();
			killed.waitFor(60, TimeUnit.SECONDS);
		}
		if (a != null) {
			// once C's connections are gone: its listener's transaction holds a lock on the table until then
			try {
				jdbc().execute("drop table if exists " + RetryProbe.TABLE);
			}
			catch (RuntimeException e) {
				// the proxy and the instances are stopped all the same
				LoggerFactory.getLogger(ClusterTests.class).warn("The probe's table was not dropped: {}", e.getMessage());
			}
		}
		if (nginx != null) {
			nginx.destroy();
			if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
				nginx.destroyForcibly();
			}
		}
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (work != null) {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	/** A client address of its own for each test (the instances trust the forwarded address from 127.0.0.1). */
	private static String clientAddress() {
		int n = CLIENTS.incrementAndGet();
		return "198.18." + (n / 250 + 1) + "." + (n % 250 + 1);
	}

	private static WebClient client() {
		return new WebClient("http://127.0.0.1:" + port(a)).withHeader("X-Forwarded-For", clientAddress());
	}

	private static TestAccount officer() {
		return a.getBean(AccountFixtures.class).official(Role.MUNICIPAL_OFFICER, null);
	}

	@Test
	void aUserLoggedInOnOneInstanceContinuesOnTheOther() {
		TestAccount officer = officer();
		WebClient browser = client();
		// the login form (and its CSRF token, kept in the session) from A, the login posted to B
		assertThat(browser.onPort(port(a)).get("/login").statusCode()).isEqualTo(200);
		HttpResponse<String> login = browser.onPort(port(b))
			.post("/login", Map.of("username", officer.getUsername(), "password", AccountFixtures.PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(login)).doesNotContain("/login");

		for (int port : List.of(port(a), port(b), port(a))) {
			HttpResponse<String> me = browser.onPort(port).get("/api/v1/me");
			assertThat(me.statusCode()).as("instance on " + port).isEqualTo(200);
			assertThat(me.body()).contains(officer.getUsername());
		}
		// a page with a form on B, its logout posted to A: the session ends on both
		assertThat(browser.onPort(port(b)).get("/account/password").statusCode()).isEqualTo(200);
		assertThat(browser.onPort(port(a)).post("/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(browser.onPort(port(b)).get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(browser.onPort(port(a)).get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void throughNginxEveryRequestOfASessionIsServedWhicheverInstanceTakesIt() {
		assumeTrue(nginx != null, "nginx is not installed (apt-get install nginx-light): the proxy's part is skipped");
		TestAccount officer = officer();
		WebClient browser = client().onPort(nginxPort);
		HttpResponse<String> login = browser.login(officer.getUsername(), AccountFixtures.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(login)).doesNotContain("/login");
		Set<String> upstreams = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> me = browser.get("/api/v1/me");
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).contains(officer.getUsername());
			upstreams.add(me.headers().firstValue("X-Upstream").orElse("?"));
		}
		assertThat(upstreams).containsExactlyInAnyOrder("127.0.0.1:" + port(a), "127.0.0.1:" + port(b));
	}

	@Test
	void aLoginLimitOfNPerMinuteIsNAcrossBothInstances() {
		WebClient attacker = client();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < LOGIN_LIMIT * 2 + 2; i++) {
			int port = nginx != null && i % 3 == 2 ? nginxPort : i % 2 == 0 ? port(a) : port(b);
			attacker.onPort(port).get("/login");
			statuses.add(attacker.post("/login", Map.of("username", AccountFixtures.uniqueUsername("nobody"),
					"password", "wrong-password-1A")).statusCode());
		}
		assertThat(statuses.stream().filter(status -> status != 429).count()).as(statuses.toString())
			.isEqualTo(LOGIN_LIMIT);
		assertThat(statuses.subList(LOGIN_LIMIT, statuses.size())).allMatch(status -> status == 429);
		// another client is not held back by this one's attempts
		WebClient other = client();
		other.get("/login");
		assertThat(other.onPort(port(b))
			.post("/login", Map.of("username", AccountFixtures.uniqueUsername("nobody"), "password", "wrong-password-1A"))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void aCorrectionPublishedOnOneInstanceShowsOnTheOtherWithinTheCacheTtl() {
		NoticeFixtures notices = a.getBean(NoticeFixtures.class);
		String unit = "集群公示" + UUID.randomUUID().toString().substring(0, 6) + "有限公司";
		long id = notices.liveNoticeId("集群公示原标题", NoticeFixtures.inDistrict(NoticeFixtures.XICHENG, unit));
		String path = "/public/notices/" + id;
		WebClient visitor = new WebClient("http://127.0.0.1:" + port(b));
		// B renders and keeps the page
		assertThat(visitor.get(path).body()).contains("集群公示原标题");
		assertThat(visitor.get(path).body()).contains("集群公示原标题");

		String corrected = "集群公示更正" + UUID.randomUUID().toString().substring(0, 6);
		notices.correctTitle(id, corrected);
		long published = System.nanoTime();

		// A evicted its own pages at the commit; B shows the correction once its copy has lived out its time
		assertThat(visitor.onPort(port(a)).get(path).body()).contains(corrected);
		visitor.onPort(port(b));
		await("the correction on B").atMost(TTL.plusSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> visitor.get(path).body().contains(corrected));
		Duration seen = Duration.ofNanos(System.nanoTime() - published);
		// the time to live, plus a request's time on a loaded machine
		assertThat(seen).isLessThanOrEqualTo(TTL.plusSeconds(2));
	}

	@Test
	void aScheduledJobRunsOnOneInstanceWithBothUp() {
		Logger executor = (Logger) LoggerFactory.getLogger(SHEDLOCK_EXECUTOR);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		Level before = executor.getLevel();
		executor.setLevel(Level.DEBUG);
		executor.addAppender(events);
		try {
			// both instances fire the job every second; free its lock, as if its minute (lockAtLeastFor) had passed
			// (the row stays: ShedLock remembers it exists and only updates it from then on)
			jdbc().update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = ?", JOB_LOCK);
			// one instance takes the lock and runs the job; then both find it locked at their next firings
			try {
				await("a run, then both instances skipping the job").atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> skippedAfterTheFirstRun(events).containsAll(Set.of("a", "b")));
			}
			catch (org.awaitility.core.ConditionTimeoutException e) {
				throw new AssertionError("ShedLock's log: " + List.copyOf(events.list)
					.stream()
					.map(event -> event.getThreadName() + " " + event.getFormattedMessage())
					.toList(), e);
			}
			assertThat(runs(events)).as("instances that ran the job").hasSize(1);
		}
		finally {
			executor.detachAppender(events);
			executor.setLevel(before);
		}
	}

	@Test
	void anEventWhoseListenerFailsIsRetriedAndCompletesOnce() {
		String id = UUID.randomUUID().toString();
		RetryProbe.FAIL_FIRST_ATTEMPT.add(id);
		new TransactionTemplate(a.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> a.publishEvent(new RetryProbeEvent(id)));

		await("the probe's event completed after its failure").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "COMPLETED".equals(publication(id).get("status")));
		Map<String, Object> publication = publication(id);
		assertThat(((Number) publication.get("completion_attempts")).intValue()).as("the first try and one retry")
			.isEqualTo(2);
		// the failed attempt's work rolled back with its transaction, the retry's committed
		assertThat(completions(id)).hasSize(1);
		// the retry job keeps running on both instances: nothing runs it again
		awaitRetryRuns(3);
		assertThat(completions(id)).hasSize(1);
		assertThat(publication(id).get("status")).isEqualTo("COMPLETED");
	}

	@Test
	void anEventWhoseInstanceIsKilledMidFlightIsCompletedOnceByTheOthers() throws Exception {
		await("instance C up in a JVM of its own").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				assertThat(killed.isAlive()).as(() -> "C ended: " + tail(work.resolve("c.log"))).isTrue();
				return Files.exists(ClusterInstance.ready(work, "c"));
			});
		// C publishes the event; its listener does its work, and stops there, before its transaction commits
		String id = UUID.randomUUID().toString();
		killed.outputWriter().append(id).append('\n').flush();
		await("C's listener under way").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				assertThat(killed.isAlive()).as(() -> "C ended: " + tail(work.resolve("c.log"))).isTrue();
				return Files.exists(RetryProbe.started(work, id));
			});
		assertThat(publication(id).get("status")).isEqualTo("PROCESSING");
		assertThat(completions(id)).isEmpty();

		// kill -9: no shutdown hook, no rollback by C; the database drops what its connections left unfinished
		killed.destroyForcibly();
		assertThat(killed.waitFor(60, TimeUnit.SECONDS)).as("C ended").isTrue();
		assertThat(killed.exitValue()).as("C's exit status: 128 + 9, ended by SIGKILL").isEqualTo(128 + 9);

		// A or B hand it on once it is stale (it might still be running somewhere before), and only once
		await("the killed instance's publication completed").atMost(STALE.plusSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "COMPLETED".equals(publication(id).get("status")));
		Map<String, Object> publication = publication(id);
		assertThat(Duration.between(((java.sql.Timestamp) publication.get("publication_date")).toInstant(),
				((java.sql.Timestamp) publication.get("completion_date")).toInstant()))
			.isGreaterThanOrEqualTo(STALE);
		assertThat(((Number) publication.get("completion_attempts")).intValue())
			.as("the killed attempt and one retry")
			.isEqualTo(2);
		assertThat(completions(id)).as("the instances whose attempt committed").hasSize(1).isSubsetOf("a", "b");
		awaitRetryRuns(3);
		assertThat(completions(id)).hasSize(1);
		assertThat(publication(id).get("status")).isEqualTo("COMPLETED");
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
	}

	private static Map<String, Object> publication(String eventId) {
		return jdbc().queryForMap("""
				select status, completion_attempts, publication_date, completion_date from event_publication
				where listener_id = ? and serialized_event = ?""", RetryProbe.LISTENER_ID,
				"{\"id\":\"" + eventId + "\"}");
	}

	/** The instances on which the probe's listener completed this event (its work committed). */
	private static List<String> completions(String eventId) {
		return jdbc().queryForList("select instance from " + RetryProbe.TABLE + " where event_id = ?", String.class,
				eventId);
	}

	private static String tail(Path log) {
		String text = read(log);
		return text.substring(Math.max(0, text.length() - 6000));
	}

	/** Waits until the retry job has been run (on either instance) this many more times. */
	private static void awaitRetryRuns(int runs) {
		JdbcTemplate jdbc = jdbc();
		String sql = "select locked_at from shedlock where name = 'event-publication-retry'";
		List<Object> seen = new ArrayList<>();
		await("the retry job run " + runs + " more times").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				Object lockedAt = jdbc.queryForObject(sql, Object.class);
				if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(lockedAt)) {
					seen.add(lockedAt);
				}
				return seen.size() > runs;
			});
	}

	/** The instances that ran the job (took its lock), one entry per run. */
	private static List<String> runs(ListAppender<ILoggingEvent> events) {
		return List.copyOf(events.list)
			.stream()
			.filter(e -> e.getFormattedMessage().startsWith("Locked '" + JOB_LOCK + "'"))
			.map(e -> instanceOf(e.getThreadName()))
			.toList();
	}

	/** The instances that found the job locked after it first ran. */
	private static Set<String> skippedAfterTheFirstRun(ListAppender<ILoggingEvent> events) {
		Set<String> instances = new HashSet<>();
		boolean ran = false;
		for (ILoggingEvent event : List.copyOf(events.list)) {
			String message = event.getFormattedMessage();
			ran |= message.startsWith("Locked '" + JOB_LOCK + "'");
			if (ran && message.equals("Not executing '" + JOB_LOCK + "'. It's locked.")) {
				instances.add(instanceOf(event.getThreadName()));
			}
		}
		return instances;
	}

	private static String instanceOf(String thread) {
		return thread.startsWith("a-") ? "a" : thread.startsWith("b-") ? "b" : thread;
	}
}
