package cn.tsbase.shared.web;

import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Even if an error page itself fails, Tomcat's fallback report shows neither the exception nor the server. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			ErrorReportValve valve = new ErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			context.getParent().getPipeline().addValve(valve);
		});
	}
}
