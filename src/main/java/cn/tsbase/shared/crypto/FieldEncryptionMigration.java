package cn.tsbase.shared.crypto;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before the platform serves a request: loads the field keys (a wrong master key stops the start), then
 * encrypts every value of an {@link EncryptedColumns encrypted column} that is still plain (rows from before the
 * column was encrypted) or sealed under an older data key (after a rotation). Idempotent: a value already under the
 * current key is not touched, and each update names the old value, so two instances starting together do not
 * overwrite each other. Plain SQL, so the same code runs on H2 and PostgreSQL.
 */
final class FieldEncryptionMigration implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FieldEncryptionMigration.class);
	private static final int BATCH = 200;

	private final FieldEncryption encryption;
	private final List<EncryptedColumns> tables;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;

	FieldEncryptionMigration(FieldEncryption encryption, List<EncryptedColumns> tables, JdbcTemplate jdbc,
			TransactionTemplate transaction) {
		this.encryption = encryption;
		this.tables = List.copyOf(tables);
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		encryption.initialise();
		run();
	}

	/** Encrypts what is not yet under the current key; returns how many values it changed. */
	int run() {
		int changed = 0;
		for (EncryptedColumns table : tables) {
			for (String column : table.columns()) {
				changed += migrate(table, column);
			}
		}
		if (changed > 0) {
			log.info("Encrypted {} stored field values under the current field data key", changed);
		}
		return changed;
	}

	private int migrate(EncryptedColumns table, String column) {
		List<String> keys = table.keyColumns();
		String select = "select " + String.join(", ", keys) + ", " + column + " from " + table.table() + " where "
				+ column + " is not null and " + column + " not like ?";
		List<Object[]> pending = new ArrayList<>();
		jdbc.query(select, rs -> {
			Object[] row = new Object[keys.size() + 1];
			for (int i = 0; i < row.length; i++) {
				row[i] = rs.getObject(i + 1);
			}
			pending.add(row);
		}, encryption.currentPrefix() + "%");
		String update = "update " + table.table() + " set " + column + " = ? where "
				+ String.join(" and ", keys.stream().map(k -> k + " = ?").toList()) + " and " + column + " = ?";
		int changed = 0;
		for (int from = 0; from < pending.size(); from += BATCH) {
			List<Object[]> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
			changed += transaction.execute(status -> {
				int count = 0;
				for (Object[] row : batch) {
					String stored = (String) row[keys.size()];
					String plaintext = stored.startsWith(FieldEncryption.PREFIX) ? encryption.decrypt(stored) : stored;
					Object[] arguments = new Object[keys.size() + 2];
					arguments[0] = encryption.encrypt(plaintext);
					System.arraycopy(row, 0, arguments, 1, keys.size());
					arguments[keys.size() + 1] = stored;
					count += jdbc.update(update, arguments);
				}
				return count;
			});
		}
		return changed;
	}
}
