package cn.tsbase;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so a test can bound the statements of one
 * request without counting what asynchronous listeners do meanwhile. Registered in application-test.properties.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

	@Override
	public String inspect(String sql) {
		COUNT.get()[0]++;
		java.util.List<String> seen = SQL.get();
		if (seen.size() < 100) {
			seen.add(sql);
		}
		return sql;
	}

	public static void reset() {
		COUNT.get()[0] = 0;
		SQL.get().clear();
	}

	/** The statements prepared since the last reset (the first 100), lower case. */
	public static java.util.List<String> statements() {
		return SQL.get().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
	}

	public static long count() {
		return COUNT.get()[0];
	}
}
