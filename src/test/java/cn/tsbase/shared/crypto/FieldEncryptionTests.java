package cn.tsbase.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** The field encryption and its converter, key store and start-up migration, on a bare H2 without Spring. */
class FieldEncryptionTests {

	private static final SecretKey MASTER = Sm4Gcm.parseKey("dGVzdC1vbmx5LWtleS0wMQ==", "test key");
	private static final SecretKey OTHER_MASTER = Sm4Gcm.parseKey("b3RoZXItbWFzdGVyLWtleQ==", "test key");
	private static final SecureRandom RANDOM = new SecureRandom();

	private SingleConnectionDataSource dataSource;
	private JdbcTemplate jdbc;

	@BeforeEach
	void database() throws SQLException {
		Connection connection = DriverManager.getConnection("jdbc:h2:mem:fields-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
		dataSource = new SingleConnectionDataSource(connection, true);
		ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/shared/V1__field_keys.sql"));
		jdbc = new JdbcTemplate(dataSource);
	}

	@AfterEach
	void close() {
		dataSource.destroy();
	}

	private FieldEncryption encryption(SecretKey master, int version) {
		FieldKeyStore store = new FieldKeyStore(jdbc, new DataSourceTransactionManager(dataSource), master, version,
				RANDOM, Clock.systemUTC());
		return new FieldEncryption(store::load, RANDOM);
	}

	private static FieldEncryption withKey(byte[] key) {
		FieldKeys keys = new FieldKeys(Map.of(1, new SecretKeySpec(key, "SM4")), 1, new byte[16]);
		return new FieldEncryption(() -> keys, RANDOM);
	}

	@Test
	void theConverterRoundTripsTextWithoutShowingItAndWithAFreshIvEachTime() {
		EncryptedText converter = new EncryptedText(encryption(MASTER, 1));
		for (String plain : new String[] { "核心配方：第3号工艺参数", "zhao@example.com", "" }) {
			String stored = converter.convertToDatabaseColumn(plain);
			assertThat(stored).startsWith("sm4:1:").doesNotContain(plain.isEmpty() ? "\u0000" : plain);
			assertThat(converter.convertToDatabaseColumn(plain)).isNotEqualTo(stored);
			assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(plain);
		}
		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		assertThat(converter.convertToEntityAttribute(null)).isNull();
	}

	@Test
	void aTamperedValueAChangedVersionOrAPlainValueIsRefused() {
		FieldEncryption encryption = encryption(MASTER, 1);
		String stored = encryption.encrypt("13812345678");
		byte[] sealed = Base64.getDecoder().decode(stored.substring("sm4:1:".length()));
		for (int position : new int[] { 0, 12, sealed.length - 1 }) {
			byte[] tampered = sealed.clone();
			tampered[position] ^= 1;
			String value = "sm4:1:" + Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> encryption.decrypt(value)).isInstanceOf(FieldIntegrityException.class);
		}
		encryption(MASTER, 2).initialise();
		assertThatThrownBy(() -> encryption.decrypt(stored.replace("sm4:1:", "sm4:2:")))
			.isInstanceOf(FieldIntegrityException.class);
		assertThatThrownBy(() -> encryption.decrypt("13812345678")).isInstanceOf(FieldIntegrityException.class);
		assertThatThrownBy(() -> encryption.decrypt("sm4:x:AAAA")).isInstanceOf(FieldIntegrityException.class);
		assertThatThrownBy(() -> encryption.decrypt("sm4:9:" + stored.substring(6)))
			.isInstanceOf(FieldIntegrityException.class)
			.hasMessageContaining("unknown data key");
	}

	@Test
	void aValueSealedUnderAnotherKeyIsRefused() {
		byte[] key = new byte[16];
		byte[] otherKey = new byte[16];
		RANDOM.nextBytes(key);
		RANDOM.nextBytes(otherKey);
		String stored = withKey(key).encrypt("110102198001010011");

		assertThat(withKey(key).decrypt(stored)).isEqualTo("110102198001010011");
		assertThatThrownBy(() -> withKey(otherKey).decrypt(stored)).isInstanceOf(FieldIntegrityException.class)
			.hasMessageNotContaining("110102198001010011");
	}

	@Test
	void theKeysAreCreatedOnceWrappedAndAnotherMasterKeyCannotOpenThem() {
		String stored = encryption(MASTER, 1).encrypt("机密");

		assertThat(jdbc.queryForObject("select count(*) from field_key", Integer.class)).isEqualTo(2);
		assertThat(encryption(MASTER, 1).decrypt(stored)).isEqualTo("机密");
		assertThat(jdbc.queryForObject("select count(*) from field_key", Integer.class)).isEqualTo(2);
		byte[] wrapped = jdbc.queryForObject("select wrapped_key from field_key where purpose = 'DATA'", byte[].class);
		assertThat(wrapped).hasSize(Sm4Gcm.WRAPPED_KEY_BYTES);
		assertThatThrownBy(() -> encryption(OTHER_MASTER, 1).initialise()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TSBASE_ATTACHMENT_MASTER_KEY");
	}

	@Test
	void aRotatedDataKeyEncryptsNewValuesAndOldOnesStillDecrypt() {
		String old = encryption(MASTER, 1).encrypt("旧值");
		FieldEncryption rotated = encryption(MASTER, 2);

		assertThat(rotated.encrypt("新值")).startsWith("sm4:2:");
		assertThat(rotated.decrypt(old)).isEqualTo("旧值");
		assertThat(rotated.isCurrent(old)).isFalse();
		// an instance still configured with version 1 follows the newest key in the database
		assertThat(encryption(MASTER, 1).encrypt("x")).startsWith("sm4:2:");
	}

	@Test
	void theBlindIndexIsStableForTheSameValueAndDependsOnTheKey() {
		FieldEncryption encryption = encryption(MASTER, 1);
		String index = encryption.blindIndex("zhao@example.com");

		assertThat(index).hasSize(64).matches("[0-9a-f]+").doesNotContain("zhao");
		assertThat(encryption(MASTER, 2).blindIndex("zhao@example.com")).isEqualTo(index);
		assertThat(encryption.blindIndex("zhao@example.org")).isNotEqualTo(index);
		byte[] otherIndexKey = "another-index-ky".getBytes(StandardCharsets.US_ASCII);
		FieldKeys other = new FieldKeys(Map.of(1, MASTER), 1, otherIndexKey);
		assertThat(new FieldEncryption(() -> other, RANDOM).blindIndex("zhao@example.com")).isNotEqualTo(index);
	}

	@Test
	void theStartUpMigrationEncryptsPlainRowsOnceAndReEncryptsOldVersions() {
		jdbc.execute("create table contact (id bigint primary key, phone varchar(200), email varchar(500))");
		jdbc.update("insert into contact values (1, '13812345678', 'a@example.com'), (2, null, 'b@example.com')");
		FieldEncryption v1 = encryption(MASTER, 1);
		String alreadyEncrypted = v1.encrypt("13900000000");
		jdbc.update("insert into contact values (3, ?, null)", alreadyEncrypted);
		FieldEncryptionMigration migration = new FieldEncryptionMigration(v1,
				List.of(EncryptedColumns.of("contact", "phone", "email")), jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

		assertThat(migration.run()).isEqualTo(3);
		assertThat(migration.run()).isZero();
		assertThat(jdbc.queryForObject("select phone from contact where id = 3", String.class))
			.isEqualTo(alreadyEncrypted);
		assertThat(jdbc.queryForObject("select phone from contact where id = 2", String.class)).isNull();
		assertThat(v1.decrypt(jdbc.queryForObject("select phone from contact where id = 1", String.class)))
			.isEqualTo("13812345678");
		assertThat(v1.decrypt(jdbc.queryForObject("select email from contact where id = 2", String.class)))
			.isEqualTo("b@example.com");

		FieldEncryption v2 = encryption(MASTER, 2);
		FieldEncryptionMigration rotation = new FieldEncryptionMigration(v2,
				List.of(EncryptedColumns.of("contact", "phone", "email")), jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		assertThat(rotation.run()).isEqualTo(4);
		assertThat(jdbc.queryForList("select phone from contact where phone is not null", String.class))
			.allSatisfy(value -> assertThat(value).startsWith("sm4:2:"));
		assertThat(v2.decrypt(jdbc.queryForObject("select phone from contact where id = 3", String.class)))
			.isEqualTo("13900000000");
	}
}
