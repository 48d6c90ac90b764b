package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.tsbase.IntegrationTest;
import cn.tsbase.StatementCounter;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/** The public list of bases is cached per query and htmx flag, and a publication shows on it at once. */
@IntegrationTest
class PublicBaseListCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseService bases;

	MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	static ListPublished publication(String unitName) {
		return new ListPublished(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), 1L, 2026,
				"京市监发〔2026〕" + unitName.hashCode() + "号", LocalDate.of(2026, 7, 1),
				List.of(new ListPublished.Entry(1L, ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000), unitName,
						UsccFixtures.random("110102"), BaseType.POINT, "110102", "SOFTWARE_IT")));
	}

	@Test
	void newlyDesignatedBasesShowOnTheCachedListAtOnce() throws Exception {
		String name = "缓存基地" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
		MockHttpServletResponse before = fetch(get("/public/bases").param("q", name));
		assertThat(before.getContentAsString()).doesNotContain(name);
		StatementCounter.reset();
		assertThat(fetch(get("/public/bases").param("q", name)).getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
		assertThat(StatementCounter.count()).as("the second request is served from the cache").isZero();

		bases.designate(publication(name));

		MockHttpServletResponse after = fetch(get("/public/bases").param("q", name));
		assertThat(after.getContentAsString()).contains(name);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
	}

	@Test
	void theHtmxFragmentAndTheWholePageAreCachedApart() throws Exception {
		String name = "片段基地" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
		bases.designate(publication(name));

		MockHttpServletResponse fragment = fetch(get("/public/bases").param("q", name).header("HX-Request", "true"));
		MockHttpServletResponse page = fetch(get("/public/bases").param("q", name));
		MockHttpServletResponse fragmentAgain = fetch(
				get("/public/bases").param("q", name).header("HX-Request", "true"));
		MockHttpServletResponse pageAgain = fetch(get("/public/bases").param("q", name));

		assertThat(fragment.getContentAsString()).contains(name, "id=\"results\"").doesNotContain("<html");
		assertThat(page.getContentAsString()).contains(name, "<html");
		assertThat(fragmentAgain.getContentAsString()).isEqualTo(fragment.getContentAsString());
		assertThat(pageAgain.getContentAsString()).isEqualTo(page.getContentAsString());
		assertThat(fragment.getHeader("ETag")).isNotEqualTo(page.getHeader("ETag"));
		assertThat(page.getHeader("Vary")).contains("HX-Request");
	}

	@Test
	void aQueryWithParametersThePageDoesNotReadIsRenderedButNeverCached() throws Exception {
		MockHttpServletResponse declared = fetch(get("/public/bases").param("year", "2026").param("lang", "zh_CN"));
		assertThat(declared.getStatus()).isEqualTo(200);
		assertThat(declared.getHeader("ETag")).isNotBlank();
		MockHttpServletResponse madeUp = fetch(get("/public/bases").param("year", "2026").param("x", "1"));
		assertThat(madeUp.getStatus()).isEqualTo(200);
		assertThat(madeUp.getContentAsString()).contains("id=\"baseTable\"");
		assertThat(madeUp.getHeader("ETag")).as("not cached").isNull();
	}
}
