package cn.tsbase.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The field data keys in table {@code field_key}, each wrapped under the master key and bound to its purpose and
 * version. Creates the keys that are missing (the first data key and the index key on a new database; the configured
 * version when an operator raises it to rotate) in their own transaction; when two instances race, the loser reads the
 * winner's key.
 */
final class FieldKeyStore {

	static final String DATA = "DATA";
	static final String INDEX = "INDEX";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate newTransaction;
	private final SecretKey masterKey;
	private final int configuredVersion;
	private final SecureRandom random;
	private final Clock clock;

	FieldKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, SecretKey masterKey,
			int configuredVersion, SecureRandom random, Clock clock) {
		if (configuredVersion < 1) {
			throw new IllegalStateException("tsbase.field-encryption.data-key-version must be at least 1");
		}
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.masterKey = masterKey;
		this.configuredVersion = configuredVersion;
		this.random = random;
		this.clock = clock;
	}

	/** Loads (creating what is missing) and unwraps the keys; refuses when the master key is not theirs. */
	FieldKeys load() {
		Map<String, Map<Integer, byte[]>> stored = read();
		if (!stored.getOrDefault(INDEX, Map.of()).containsKey(1)) {
			create(INDEX, 1);
		}
		if (!stored.getOrDefault(DATA, Map.of()).containsKey(configuredVersion)) {
			create(DATA, configuredVersion);
		}
		stored = read();
		Map<Integer, SecretKey> dataKeys = new HashMap<>();
		stored.get(DATA).forEach((version, wrapped) -> dataKeys.put(version, unwrap(DATA, version, wrapped)));
		int current = dataKeys.keySet().stream().max(Integer::compare).orElseThrow();
		byte[] indexKey = unwrap(INDEX, 1, stored.get(INDEX).get(1)).getEncoded();
		return new FieldKeys(dataKeys, current, indexKey);
	}

	private Map<String, Map<Integer, byte[]>> read() {
		Map<String, Map<Integer, byte[]>> stored = new HashMap<>();
		jdbc.query("select purpose, version, wrapped_key from field_key",
				rs -> {
					stored.computeIfAbsent(rs.getString(1), p -> new HashMap<>()).put(rs.getInt(2), rs.getBytes(3));
				});
		return stored;
	}

	private void create(String purpose, int version) {
		byte[] key = Sm4Gcm.newKey(random);
		try {
			byte[] wrapped = Sm4Gcm.wrap(masterKey, key, associatedData(purpose, version), random);
			newTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into field_key (purpose, version, wrapped_key, created_at) values (?, ?, ?, ?)", purpose,
					version, wrapped, Timestamp.from(clock.instant())));
		}
		catch (DataIntegrityViolationException anotherInstanceWasFaster) {
			// its key is read back by the caller
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4-GCM key wrapping failed", e);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	private SecretKey unwrap(String purpose, int version, byte[] wrapped) {
		try {
			byte[] key = Sm4Gcm.unwrap(masterKey, wrapped, associatedData(purpose, version));
			try {
				return new SecretKeySpec(key, "SM4");
			}
			finally {
				Arrays.fill(key, (byte) 0);
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The field key " + purpose + " version " + version + " in table field_key "
					+ "cannot be unwrapped: tsbase.attachments.master-key (TSBASE_ATTACHMENT_MASTER_KEY) is not the "
					+ "master key it was created under, or the row was tampered with");
		}
	}

	static byte[] associatedData(String purpose, int version) {
		return ("tsbase.field-key:" + purpose + ":" + version).getBytes(StandardCharsets.US_ASCII);
	}
}
