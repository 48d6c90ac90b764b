package cn.tsbase.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

import cn.tsbase.shared.audit.AuditLog;

/**
 * Deny by default: every endpoint is opened by the {@link HttpAuthorizationRules} of the module that owns it, and
 * anything else is refused. Form login with lockout and per-IP throttling, sessions shared through Spring Session
 * JDBC with an idle and an absolute timeout, CSRF on every state-changing request, and strict headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(TsbaseSecurityProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/** Swagger UI (demo profile only) sets inline styles; scripts stay restricted to our origin. */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<HttpAuthorizationRules> rules,
			SessionRegistry sessionRegistry, TsbaseSecurityProperties properties, Clock clock, AuditLog audit,
			RateLimiters rateLimiters)
			throws Exception {
		http.authorizeHttpRequests(registry -> {
			registry.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
			registry.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
				.permitAll();
			rules.forEach(rule -> rule.configure(registry));
			registry.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login")
			.loginProcessingUrl("/login")
			.defaultSuccessUrl("/", false)
			.failureUrl("/login?error")
			.permitAll());
		http.requestCache(cache -> cache.requestCache(pageRequestCache()));
		http.logout(logout -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?logout")
			.invalidateHttpSession(true)
			.clearAuthentication(true)
			.deleteCookies("SESSION")
			.permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
			.maximumSessions(properties.maxSessionsPerUser())
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/login?expired"));
		RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new AuditingAccessDeniedHandler(audit))
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new HtmxAuthenticationEntryPoint("/login"),
					new RequestHeaderRequestMatcher("HX-Request", "true"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true));
		RateLimiter loginLimiter = rateLimiters.limiter("login", properties.loginAttemptsPerMinute(),
				Duration.ofMinutes(1));
		http.addFilterBefore(new LoginRateLimitFilter(loginLimiter), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.absoluteSessionTimeout(), clock),
				SecurityContextHolderFilter.class);
		http.addFilterAfter(new BackgroundRequestTimeoutFilter(clock), SecurityContextHolderFilter.class);
		http.addFilterBefore(new SecondFactorRequiredFilter(audit), AuthorizationFilter.class);
		http.addFilterBefore(new PasswordChangeRequiredFilter(audit), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * After a login the user goes back to the page they asked for, never to a fragment: htmx and script requests,
	 * the API and anything but GET are not remembered (an htmx search fired as the session ended would otherwise
	 * open the next login on a bare table).
	 */
	private static HttpSessionRequestCache pageRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(request -> "GET".equals(request.getMethod()),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
				new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**")),
				new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/favicon.ico"))));
		return cache;
	}

	/**
	 * Concurrent sessions are counted in the session store; a request's own session is answered from the session it
	 * has already loaded (ADR 0028, {@link QuietSessionStore}).
	 */
	@Bean
	FilterRegistrationBean<SessionPerRequestFilter> sessionPerRequestFilter() {
		FilterRegistrationBean<SessionPerRequestFilter> registration = new FilterRegistrationBean<>(
				new SessionPerRequestFilter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new RequestSessionRegistry(sessions);
	}

	/**
	 * Slow adaptive hashing behind a delegating encoder, so the algorithm can change later without invalidating
	 * stored hashes. The BCrypt cost is configurable (tests lower it to run fast).
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${tsbase.security.bcrypt-strength:12}") int strength) {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		Map<String, PasswordEncoder> encoders = Map.of("bcrypt", new BCryptPasswordEncoder(strength));
		DelegatingPasswordEncoder configured = new DelegatingPasswordEncoder("bcrypt", encoders);
		configured.setDefaultPasswordEncoderForMatches(encoder);
		return configured;
	}
}
