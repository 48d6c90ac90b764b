package cn.tsbase.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Migrations are one script for H2 and PostgreSQL (ADR 0002). Where PostgreSQL can do better (a trigram index for a
 * search by part of a name, issue 16), the script's lines start with the placeholder {@code ${pg_only}}: nothing on
 * PostgreSQL, a comment ({@code --}) on any other database.
 */
@Component
class VendorMigrations implements FlywayConfigurationCustomizer {

	static final String PG_ONLY = "pg_only";

	@Override
	public void customize(FluentConfiguration configuration) {
		// added to the placeholders configured elsewhere (spring.flyway.placeholders.*), not in their place
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		placeholders.put(PG_ONLY, isPostgres(configuration.getDataSource()) ? "" : "-- ");
		configuration.placeholders(placeholders);
	}

	static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database the migrations run on", e);
		}
	}
}
