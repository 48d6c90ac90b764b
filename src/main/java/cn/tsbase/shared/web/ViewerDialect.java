package cn.tsbase.shared.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The {@code #viewer} expression object of the templates: what the signed-in user may see, asked once per page.
 * {@code th:if="${#viewer.has('DISTRICT_OFFICER,MUNICIPAL_OFFICER')}"} shows an element to a user with any of those
 * roles, as {@code sec:authorize="hasAnyRole('DISTRICT_OFFICER','MUNICIPAL_OFFICER')"} did; {@code #viewer.authenticated}
 * and {@code #viewer.anonymous} replace {@code isAuthenticated()} and {@code isAnonymous()}.
 * <p>
 * The Spring Security dialect parses each {@code sec:authorize} expression and builds an evaluation context for it
 * on every view: the layout's 47 of them cost a fifth of a list page's CPU (issue 16, a JFR profile of
 * {@code /units}). The answers here come from the same authentication, its authorities read once per page and each
 * question's answer kept for the rest of the page. Showing or hiding an element is presentation only: every action
 * behind it is still authorized by the URL rules and the services.
 */
@Component
public class ViewerDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "viewer";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	public ViewerDialect() {
		super("tsbase-viewer");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName)
						? new Viewer(SecurityContextHolder.getContext().getAuthentication())
						: null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** The signed-in user (or the anonymous visitor) of one page. */
	public static final class Viewer {

		private final boolean authenticated;
		private final boolean anonymous;
		private final Set<String> authorities;
		private final Map<String, Boolean> answers = new HashMap<>();

		Viewer(Authentication authentication) {
			this.anonymous = authentication == null || TRUST.isAnonymous(authentication);
			this.authenticated = authentication != null && !TRUST.isAnonymous(authentication)
					&& authentication.isAuthenticated();
			if (authentication == null) {
				this.authorities = Collections.emptySet();
			}
			else {
				Set<String> names = new HashSet<>();
				for (GrantedAuthority authority : authentication.getAuthorities()) {
					names.add(authority.getAuthority());
				}
				this.authorities = names;
			}
		}

		/** Whether the user holds any of the roles, given as names without the prefix, separated by commas. */
		public boolean has(String roles) {
			return answers.computeIfAbsent(roles, this::holdsAny);
		}

		private boolean holdsAny(String roles) {
			for (String role : roles.split(",")) {
				if (authorities.contains("ROLE_" + role.strip())) {
					return true;
				}
			}
			return false;
		}

		/** As Spring Security's {@code isAuthenticated()}: signed in, not the anonymous visitor. */
		public boolean isAuthenticated() {
			return authenticated;
		}

		/** As Spring Security's {@code isAnonymous()}. */
		public boolean isAnonymous() {
			return anonymous;
		}

	}

}
