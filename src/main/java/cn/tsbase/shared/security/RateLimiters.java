package cn.tsbase.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's rate limits, counted in the database so that every instance counts the same (ADR 0029): a limit of
 * N per window is N across all instances, not N per instance. A limiter keeps a row per client key and locks it while
 * it counts, so that two instances counting the same client at the same moment count one after the other, and a row
 * per counted request, deleted once it has left the window. Windows run on the application clock.
 *
 * <p>{@code tsbase.rate-limits.scope} (empty by default) separates counts that share one database but must not add
 * up: instances that serve one platform share it; the tests give each application context its own, as each had its own
 * limiters in memory before.
 */
@Component
public class RateLimiters {

	/** Counts older than this are purged whatever their limiter; every window is shorter. */
	static final Duration LONGEST_WINDOW = Duration.ofDays(1);

	private static final int MAX_CLIENT_LENGTH = 100;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String scope;

	public RateLimiters(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${tsbase.rate-limits.scope:}") String scope) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.scope = scope == null ? "" : scope.strip();
	}

	/**
	 * A limiter of {@code limit} requests per client key within {@code window}. Limiters of the same name count
	 * together, on this instance and every other of the same scope.
	 */
	public RateLimiter limiter(String name, int limit, Duration window) {
		if (window.compareTo(LONGEST_WINDOW) > 0) {
			throw new IllegalArgumentException("Rate limit windows are at most " + LONGEST_WINDOW);
		}
		String limiter = scope.isEmpty() ? name : scope + ":" + name;
		if (limiter.length() > 120) {
			throw new IllegalArgumentException("Rate limiter name too long: " + limiter);
		}
		return key -> tryAcquire(limiter, client(key), limit, window);
	}

	private boolean tryAcquire(String limiter, String client, int limit, Duration window) {
		// the first request of a client inserts its row; one of two instances doing so at once loses on the key and
		// counts again, then finding the row
		for (int attempt = 0;; attempt++) {
			try {
				return Boolean.TRUE.equals(transactions.execute(status -> count(limiter, client, limit, window)));
			}
			catch (DuplicateKeyException e) {
				if (attempt >= 2) {
					throw e;
				}
			}
		}
	}

	private boolean count(String limiter, String client, int limit, Duration window) {
		long now = clock.millis();
		// locks the client's row: a concurrent count of the same client, on any instance, waits for this one
		if (jdbc.update("update rate_limit_key set touched_at = ? where limiter = ? and client = ?", now, limiter,
				client) == 0) {
			jdbc.update("insert into rate_limit_key (limiter, client, touched_at) values (?, ?, ?)", limiter, client,
					now);
		}
		long since = now - window.toMillis();
		jdbc.update("delete from rate_limit_hit where limiter = ? and client = ? and hit_at <= ?", limiter, client,
				since);
		Long hits = jdbc.queryForObject("select count(*) from rate_limit_hit where limiter = ? and client = ?",
				Long.class, limiter, client);
		if (hits != null && hits >= limit) {
			return false;
		}
		jdbc.update("insert into rate_limit_hit (limiter, client, hit_at) values (?, ?, ?)", limiter, client, now);
		return true;
	}

	/** Hourly, on one instance: counts and clients that every window has left behind. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT10M")
	public void purge() {
		long before = clock.millis() - LONGEST_WINDOW.toMillis();
		jdbc.update("delete from rate_limit_hit where hit_at < ?", before);
		jdbc.update("delete from rate_limit_key where touched_at < ?", before);
	}

	/** The client key as stored: a client address as it is, anything longer than the column as its SHA-256. */
	static String client(String key) {
		String value = key == null ? "" : key;
		if (value.length() <= MAX_CLIENT_LENGTH) {
			return value;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
