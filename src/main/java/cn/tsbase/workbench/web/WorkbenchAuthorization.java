package cn.tsbase.workbench.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.tsbase.shared.security.HttpAuthorizationRules;

@Configuration(proxyBeanMethods = false)
class WorkbenchAuthorization {

	@Bean
	HttpAuthorizationRules workbenchRules() {
		// "/" itself is permitted by the shared rules; the help is for everyone, visitors included
		return registry -> registry.requestMatchers(HttpMethod.GET, "/help").permitAll();
	}
}
