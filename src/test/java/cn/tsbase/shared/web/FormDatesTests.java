package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/**
 * Dates in forms: the pages write them as the HTML date and datetime-local inputs read them (ISO), so that a form shown
 * again with its errors keeps the dates entered (written in the locale's short style, 2070/6/30, the browser showed
 * an empty field and the user had to enter every date again).
 */
@IntegrationTest
class FormDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("mvcConversionService")
	ConversionService conversions;

	@Test
	void datesAndTimesAreWrittenAsTheInputsReadThem() {
		assertThat(conversions.convert(LocalDate.of(2070, 6, 30), String.class)).isEqualTo("2070-06-30");
		assertThat(conversions.convert(LocalDateTime.of(2070, 6, 30, 9, 30), String.class))
			.startsWith("2070-06-30T09:30");
		assertThat(conversions.convert("2070-06-30T09:30", LocalDateTime.class))
			.isEqualTo(LocalDateTime.of(2070, 6, 30, 9, 30));
	}

	@Test
	void aRefusedFormKeepsItsDates() throws Exception {
		String page = mvc.perform(post("/evaluation/rounds")
			.with(Principals.role(Role.MUNICIPAL_OFFICER, null, null))
			.with(csrf())
			.param("year", "2070")
			.param("designatedBefore", "2070-01-02")
			.param("selfDeadline", "2070-06-30")
			.param("districtDeadline", "2070-08-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"2070-01-02\"", "value=\"2070-06-30\"", "value=\"2070-08-31\"");
	}
}
