package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A check constraint outlives the connection that created it. The pool retires its connections (after their maximum
 * lifetime, or when idle), among them the one Flyway migrated with; H2 2.4.240 bound a check constraint to the session
 * that created it, so once that session closed every insert into the table failed ("Check constraint invalid: ...
 * The database has been closed"), until the next start. Here the evaluation module's migrations run in a schema of
 * their own over a connection that is closed afterwards, and rows go in through the application's pool.
 */
@IntegrationTest
class MigratedConstraintsTests {

	@Autowired
	DataSource dataSource;

	final String schema = "chk_" + UUID.randomUUID().toString().substring(0, 8);

	final String q = "\"" + schema + "\"";

	@AfterEach
	void dropSchema() {
		new JdbcTemplate(dataSource).execute("drop schema " + q + " cascade");
	}

	@Test
	void aCheckConstraintHoldsAfterTheMigratingConnectionClosed() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		SingleConnectionDataSource migrating = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword(), true);
		Flyway.configure()
			.dataSource(migrating)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(true)
			.locations("classpath:db/migration/evaluation")
			.target("8")
			.load()
			.migrate();
		migrating.destroy();

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into " + q + ".district_pilot (id, dossier_id, district_code, pilot_year, stage, steps, "
				+ "version) values (1, 1, '110102', 2026, 'IN_PILOT', '[]', 0)");
		String report = "insert into " + q + ".pilot_progress_report (pilot_id, district_code, report_year, half_year, "
				+ "status, content, trainings, people_trained, firms_visited, institutional_results, cases_handled, "
				+ "submitted_by, submitted_at, version) values (1, '110102', 2027, ?, 'SUBMITTED', '上半年进展', 3, "
				+ "120, 40, 1, 2, 'test-district', current_timestamp, 0)";

		assertThat(jdbc.update(report, 1)).isOne();
		assertThat(jdbc.update(report, 2)).isOne();
		assertThatThrownBy(() -> jdbc.update(report, 3)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("pilot_progress_half_ck")
			.hasMessageNotContaining("invalid");
	}
}
