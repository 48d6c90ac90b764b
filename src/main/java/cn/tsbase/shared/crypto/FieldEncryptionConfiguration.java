package cn.tsbase.shared.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field encryption from configuration: the master key is the attachments' ({@code tsbase.attachments.master-key},
 * {@code TSBASE_ATTACHMENT_MASTER_KEY}); {@code tsbase.field-encryption.data-key-version} (default 1) raised by one
 * rotates the field data key at the next start.
 */
@Configuration(proxyBeanMethods = false)
class FieldEncryptionConfiguration {

	@Bean
	FieldEncryption fieldEncryption(DataSource dataSource,
			@Value("${tsbase.attachments.master-key:}") String masterKey,
			@Value("${tsbase.field-encryption.data-key-version:1}") int dataKeyVersion, Clock clock) {
		// plain JDBC: the entity manager factory needs this bean (through EncryptedText), so it cannot need JPA
		SecureRandom random = new SecureRandom();
		FieldKeyStore store = new FieldKeyStore(new JdbcTemplate(dataSource),
				new DataSourceTransactionManager(dataSource),
				Sm4Gcm.parseKey(masterKey, "tsbase.attachments.master-key (environment TSBASE_ATTACHMENT_MASTER_KEY)"),
				dataKeyVersion, random, clock);
		return new FieldEncryption(store::load, random);
	}

	@Bean
	FieldEncryptionMigration fieldEncryptionMigration(FieldEncryption encryption,
			List<EncryptedColumns> tables, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new FieldEncryptionMigration(encryption, tables, jdbc, new TransactionTemplate(transactions));
	}
}
