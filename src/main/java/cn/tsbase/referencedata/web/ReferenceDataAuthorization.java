package cn.tsbase.referencedata.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class ReferenceDataAuthorization {

	@Bean
	HttpAuthorizationRules referenceDataRules() {
		return registry -> registry.requestMatchers("/admin/reference", "/admin/reference/**")
			.hasRole(Role.SYSTEM_ADMIN.name());
	}
}
