package cn.tsbase.account.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class AccountAuthorization {

	@Bean
	HttpAuthorizationRules accountRules() {
		return registry -> registry.requestMatchers("/login", "/password-reset")
			.permitAll()
			.requestMatchers("/account/password", "/api/v1/me", "/login/second-factor", "/account/second-factor")
			.authenticated()
			.requestMatchers("/admin/accounts", "/admin/accounts/**")
			.hasRole(Role.SYSTEM_ADMIN.name())
			.requestMatchers("/security/accounts", "/security/accounts/**", "/security/second-factor-removals",
					"/security/second-factor-removals/**")
			.hasRole(Role.SECURITY_ADMIN.name());
	}
}
