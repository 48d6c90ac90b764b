package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;

/**
 * The registry's search by a part of the name or the start of the credit code is served by pg_trgm indexes on
 * PostgreSQL (issue 16; migration organization V4 with {@code ${pg_only}} lines), and the same migration leaves H2
 * without them.
 */
@IntegrationTest
class UnitSearchIndexTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	private boolean onPostgres() {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres")));
	}

	@Test
	void aSearchByNameOrCodeIsPlannedOnTheTrigramIndexesOnPostgresql() {
		if (!onPostgres()) {
			assertThat(jdbc.queryForObject(
					"select count(*) from information_schema.indexes where lower(index_name) like 'unit_%_trgm_idx'",
					Long.class))
				.as("H2 has no trigram index")
				.isZero();
			return;
		}
		List<String> plan = transactions.execute(status -> {
			jdbc.execute("set local enable_seqscan = off");
			return jdbc.queryForList("explain select id from unit where lower(name) like ? escape '\\' "
					+ "or uscc like ?", String.class, "%秘密保护%", "911101%");
		});
		assertThat(String.join("\n", plan)).contains("unit_name_trgm_idx").contains("unit_uscc_trgm_idx");
	}
}
