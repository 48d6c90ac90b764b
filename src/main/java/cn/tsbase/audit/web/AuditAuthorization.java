package cn.tsbase.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class AuditAuthorization {

	@Bean
	HttpAuthorizationRules auditRules() {
		return registry -> registry.requestMatchers("/audit", "/audit/**").hasRole(Role.AUDIT_ADMIN.name());
	}
}
