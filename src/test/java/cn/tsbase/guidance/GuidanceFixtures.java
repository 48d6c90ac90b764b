package cn.tsbase.guidance;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * Registered units designated as bases the way a publication designates them (the {@code ListPublished} event, which
 * the base module turns into bases), for the guidance tests.
 */
record GuidanceFixtures(UnitFixtures units, ApplicationEventPublisher events, TransactionTemplate transactions,
		JdbcTemplate jdbc) {

	private static final AtomicLong IDS = new AtomicLong(970_300_000L);

	/** A registered unit of the district, designated as a base; waits until the base exists. */
	Base base(String name, String district) {
		var registered = units.register(name, district);
		long unitId = registered.unit().getId();
		long publicationId = IDS.incrementAndGet();
		transactions.executeWithoutResult(status -> events.publishEvent(new ListPublished(publicationId, 0L, 2025,
				"京市监发〔2025〕" + publicationId % 1000 + "号", LocalDate.of(2025, 12, 10),
				List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId, name, registered.unit().getUscc(),
						BaseType.POINT, district, "SOFTWARE_IT")))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from demonstration_base where unit_id = ?", Long.class,
					unitId) == 1);
		long baseId = jdbc.queryForObject("select id from demonstration_base where unit_id = ?", Long.class, unitId);
		return new Base(baseId, unitId, registered.unit().getUscc(), district);
	}

	record Base(long baseId, long unitId, String uscc, String district) {
	}
}
