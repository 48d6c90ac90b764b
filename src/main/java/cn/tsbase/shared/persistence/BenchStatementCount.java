package cn.tsbase.shared.persistence;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bench profile only ({@code bench/pages.sh}, issue 16): counts the SQL statements prepared on each request's thread,
 * at the data source (Hibernate's, {@code JdbcTemplate}'s and the session store's alike), and reports them in the
 * response header {@value #HEADER}, so the benchmark prints statements per page at 1× and 10× data. Work a request
 * hands to other threads (event listeners) is not counted.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench & !prod")
class BenchStatementCount {

	static final String HEADER = "X-Statement-Count";

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	/** Wraps the data source so that every statement prepared on a request's thread is counted, whoever sends it. */
	@Bean
	static BeanPostProcessor benchStatementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
						? new CountingDataSource(dataSource) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchStatementCountFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				COUNT.get()[0] = 0;
				// the header must be set before the body commits the response: count until the view is rendered
				HeaderOnCommit wrapped = new HeaderOnCommit(response);
				chain.doFilter(request, wrapped);
				wrapped.setHeaderIfOpen();
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
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

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (name.equals("prepareStatement") || name.equals("prepareCall")
								|| name.equals("createStatement")) {
							COUNT.get()[0]++;
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}
	}

	/** Sets the count header just before the response commits (first body write or flush), or at the end. */
	private static final class HeaderOnCommit extends jakarta.servlet.http.HttpServletResponseWrapper {

		private boolean set;

		HeaderOnCommit(HttpServletResponse response) {
			super(response);
		}

		void setHeaderIfOpen() {
			if (!set && !isCommitted()) {
				setHeader(HEADER, Integer.toString(COUNT.get()[0]));
			}
			set = true;
		}

		@Override
		public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
			setHeaderIfOpen();
			return super.getOutputStream();
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			setHeaderIfOpen();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			setHeaderIfOpen();
			super.flushBuffer();
		}
	}
}
