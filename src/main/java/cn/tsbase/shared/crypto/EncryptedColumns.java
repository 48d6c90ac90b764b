package cn.tsbase.shared.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The encrypted columns of one table, declared as a bean by the module that owns the table, so that
 * {@link FieldEncryptionMigration} can encrypt the plain values of rows written before the columns were encrypted (and
 * re-encrypt values under an older data key).
 *
 * @param table the table
 * @param keyColumns the columns that identify a row (its primary key)
 * @param columns the columns whose attributes use {@link EncryptedText}
 */
public record EncryptedColumns(String table, List<String> keyColumns, List<String> columns) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	public EncryptedColumns {
		keyColumns = List.copyOf(keyColumns);
		columns = List.copyOf(columns);
		if (keyColumns.isEmpty() || columns.isEmpty()) {
			throw new IllegalArgumentException("a table needs its key columns and at least one encrypted column");
		}
		for (String name : concat(List.of(table), keyColumns, columns)) {
			if (!IDENTIFIER.matcher(name).matches()) {
				throw new IllegalArgumentException("not a lower-case SQL identifier: " + name);
			}
		}
	}

	/** A table whose rows are identified by {@code id}. */
	public static EncryptedColumns of(String table, String... columns) {
		return new EncryptedColumns(table, List.of("id"), List.of(columns));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}
}
