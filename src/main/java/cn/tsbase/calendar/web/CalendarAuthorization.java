package cn.tsbase.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.security.HttpAuthorizationRules;
import cn.tsbase.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class CalendarAuthorization {

	@Bean
	HttpAuthorizationRules calendarRules() {
		return registry -> registry.requestMatchers("/admin/calendar", "/admin/calendar/**")
			.hasRole(Role.SYSTEM_ADMIN.name());
	}
}
