package cn.tsbase.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's contribution to the URL authorization rules. Each module declares who may call each of its endpoints;
 * anything not declared by some module is denied.
 */
@FunctionalInterface
public interface HttpAuthorizationRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry);
}
