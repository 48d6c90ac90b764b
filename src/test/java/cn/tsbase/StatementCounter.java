package cn.tsbase;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so a test can bound the statements of one
 * request without counting what asynchronous listeners do meanwhile. Registered in application-test.properties.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	@Override
	public String inspect(String sql) {
		COUNT.get()[0]++;
		return sql;
	}

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static long count() {
		return COUNT.get()[0];
	}
}
