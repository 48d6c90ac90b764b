package cn.tsbase;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements sent on the current thread, at the data source: Hibernate's, {@code JdbcTemplate}'s,
 * {@code JdbcClient}'s and any other JDBC caller's alike. A test can bound the statements of one request (MockMvc runs
 * it on the test's thread) without counting what asynchronous listeners do meanwhile. {@link #dataSourceWrapper()} is
 * registered by {@link TestConfiguration}.
 */
public final class StatementCounter {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	private static final ThreadLocal<List<String>> SQL = ThreadLocal.withInitial(ArrayList::new);

	/** The methods of a plain {@link Statement} that send the SQL they are given. */
	private static final Set<String> SENDING = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "addBatch");

	private StatementCounter() {
	}

	static void record(String sql) {
		COUNT.get()[0]++;
		List<String> seen = SQL.get();
		if (seen.size() < 100) {
			seen.add(sql);
		}
	}

	public static void reset() {
		COUNT.get()[0] = 0;
		SQL.get().clear();
	}

	/** The statements sent since the last reset (the first 100), lower case. */
	public static List<String> statements() {
		return SQL.get().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	public static long count() {
		return COUNT.get()[0];
	}

	/** Wraps the application's data source, so that every statement prepared or executed through it is counted. */
	static BeanPostProcessor dataSourceWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
						? new CountingDataSource(dataSource) : bean;
			}
		};
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (isIdentity(method)) {
						return identity(proxy, method, args);
					}
					if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
							&& args[0] instanceof String sql) {
						record(sql);
					}
					Object result = invoke(connection, method, args);
					return name.equals("createStatement") ? counting((Statement) result) : result;
				});
	}

	/** A plain statement is counted when it sends SQL, not when it is created. */
	private static Statement counting(Statement statement) {
		return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Statement.class }, (proxy, method, args) -> {
					if (isIdentity(method)) {
						return identity(proxy, method, args);
					}
					if (SENDING.contains(method.getName()) && args != null && args.length > 0
							&& args[0] instanceof String sql) {
						record(sql);
					}
					return invoke(statement, method, args);
				});
	}

	private static boolean isIdentity(Method method) {
		return method.getDeclaringClass() == Object.class;
	}

	private static Object identity(Object proxy, Method method, Object[] args) {
		return switch (method.getName()) {
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			default -> "Counting " + proxy.getClass().getInterfaces()[0].getSimpleName() + "@"
					+ Integer.toHexString(System.identityHashCode(proxy));
		};
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
