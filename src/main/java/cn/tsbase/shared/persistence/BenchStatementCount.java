package cn.tsbase.shared.persistence;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bench profile only ({@code bench/pages.sh}, issue 16): counts the SQL statements Hibernate prepares for each request
 * and reports them in the response header {@value #HEADER}, so the benchmark prints statements per page at 1× and 10×
 * data. Statements sent through {@code JdbcTemplate} (the session store, the audit trail's appends) are not counted
 * here; {@code SessionCostTests} counts the session store's at the driver.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench & !prod")
class BenchStatementCount {

	static final String HEADER = "X-Statement-Count";

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	@Bean
	HibernatePropertiesCustomizer benchStatementInspector() {
		StatementInspector inspector = sql -> {
			COUNT.get()[0]++;
			return sql;
		};
		return properties -> properties.put("hibernate.session_factory.statement_inspector", inspector);
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
