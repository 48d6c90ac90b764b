package cn.tsbase.shared.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that add the same attribute at the same moment (a page's parallel htmx requests, a
 * client with several connections) both insert its row; Spring Session's plain insert then fails the second with a
 * duplicate key, a 500 for the user. On PostgreSQL the insert becomes an upsert (Spring Session's own customizer), on
 * H2 a {@code MERGE}: the later write wins, as it does for an attribute that already existed.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

	static final String H2_MERGE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equalsIgnoreCase(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if ("H2".equalsIgnoreCase(database)) {
			return repository -> repository.setCreateSessionAttributeQuery(H2_MERGE);
		}
		return repository -> {
		};
	}
}
