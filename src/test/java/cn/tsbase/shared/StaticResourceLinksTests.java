package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import cn.tsbase.IntegrationTest;

/** Links to WebJars carry their version; every other link is left as written, and only one URL filter runs. */
@IntegrationTest
class StaticResourceLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void webJarLinksAreVersionedAndPageLinksUntouched() throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css").matcher(page)
			.find()).as("versioned Bootstrap link").isTrue();
		assertThat(Pattern.compile("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js").matcher(page).find())
			.as("versioned htmx link").isTrue();
		assertThat(page).contains("href=\"/public/bases\"").contains("/css/app.css");

		long urlFilters = context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.filter(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.count();
		assertThat(urlFilters).isEqualTo(1);
	}
}
