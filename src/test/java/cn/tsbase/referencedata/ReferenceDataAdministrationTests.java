package cn.tsbase.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.security.Role;

/** Reference data ships with Beijing's districts and is extended by the system administrator, not by code. */
@IntegrationTest
class ReferenceDataAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceData referenceData;

	@Test
	void beijingsSixteenDistrictsShipWithTheirDivisionCodes() {
		assertThat(referenceData.active(ReferenceCategory.DISTRICT)).hasSize(16)
			.extracting(ReferenceItem::name)
			.containsExactly("东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区",
					"大兴区", "怀柔区", "平谷区", "密云区", "延庆区");
		assertThat(referenceData.district("110102", Locale.SIMPLIFIED_CHINESE)).isEqualTo("西城区");
		assertThat(referenceData.district("110108", Locale.ENGLISH)).isEqualTo("Haidian");
		assertThat(referenceData.active(ReferenceCategory.INDUSTRY)).extracting(ReferenceItem::name)
			.containsExactly("先进制造业", "软件和信息服务业", "科技服务业", "其他");
		assertThat(referenceData.active(ReferenceCategory.UNIT_TYPE)).hasSize(8);
	}

	@Test
	void theSystemAdministratorAddsAnIndustryThatFormsThenOffer() throws Exception {
		String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/admin/reference").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("category", "INDUSTRY")
			.param("code", code)
			.param("name", "数字文化产业")
			.param("nameEn", "Digital culture")
			.param("sortOrder", "50")
			.param("active", "true")).andExpect(status().is3xxRedirection());

		assertThat(referenceData.isActive(ReferenceCategory.INDUSTRY, code)).isTrue();
		mvc.perform(get("/register")).andExpect(content().string(containsString("数字文化产业")));
	}

	@Test
	void aDuplicateCodeIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/admin/reference").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("category", "DISTRICT")
			.param("code", "110102")
			.param("name", "重复")
			.param("nameEn", "Duplicate")
			.param("sortOrder", "1")
			.param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "reference.codeTaken"));
	}

	@Test
	void deactivatingAnEntryTakesItOutOfTheForms() throws Exception {
		String code = "OLD_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/admin/reference").with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("category", "UNIT_TYPE")
			.param("code", code)
			.param("name", "待停用类型")
			.param("nameEn", "To retire")
			.param("sortOrder", "90")
			.param("active", "true"));
		ReferenceItem item = referenceData.find(ReferenceCategory.UNIT_TYPE, code).orElseThrow();

		mvc.perform(post("/admin/reference/{id}", item.id()).with(csrf())
			.with(Principals.role(Role.SYSTEM_ADMIN, null, null))
			.param("category", "UNIT_TYPE")
			.param("code", code)
			.param("name", "待停用类型")
			.param("nameEn", "To retire")
			.param("sortOrder", "90")
			.param("version", String.valueOf(item.version()))).andExpect(status().is3xxRedirection());

		assertThat(referenceData.isActive(ReferenceCategory.UNIT_TYPE, code)).isFalse();
		assertThat(referenceData.unitType(code, Locale.SIMPLIFIED_CHINESE)).isEqualTo("待停用类型");
		mvc.perform(get("/register")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("待停用类型"))));
	}

	@Test
	void onlyTheSystemAdministratorMaintainsReferenceData() throws Exception {
		mvc.perform(get("/admin/reference").with(Principals.role(Role.MUNICIPAL_OFFICER, null, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/reference").with(Principals.role(Role.SYSTEM_ADMIN, null, null)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("110119")));
	}
}
