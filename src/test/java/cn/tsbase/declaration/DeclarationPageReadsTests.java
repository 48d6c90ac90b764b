package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.StatementCounter;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * A declaration page reads the declaration once, inside the reader's scope, and takes its content and return reasons
 * from that one read (issue 10). Before, each of them loaded the entity again by its id alone: the unit's section page
 * read the declaration 4 times, its overview 5, an officer's read of the content (page fragment or API) 2.
 */
@IntegrationTest
class DeclarationPageReadsTests {

	static final String XICHENG = "110102";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclarationScenarios fixtures;

	CurrentUser owner;
	long declarationId;

	@BeforeEach
	void aReturnedDeclaration() {
		Submitted submitted = fixtures.submit(fixtures.call(XICHENG, 2026).id(), "读取次数单位", XICHENG,
				BaseType.POINT);
		owner = submitted.unit();
		fixtures.returnForCorrection(submitted.id(), Map.of(Section.SECRETS, "请补充秘密点"),
				DeclarationScenarios.officer(Role.DISTRICT_OFFICER, XICHENG));
		declarationId = submitted.id();
	}

	/** The statements of one request that read the declaration table itself (not its versions, history or files). */
	private List<String> readsOfTheDeclaration(String path, RequestPostProcessor reader) throws Exception {
		StatementCounter.reset();
		mvc.perform(get(path, declarationId).with(reader)).andExpect(status().isOk());
		return StatementCounter.statements()
			.stream()
			.filter(sql -> sql.startsWith("select") && sql.matches("(?s).* from declaration [a-z0-9_]+ .*"))
			.toList();
	}

	@Test
	void theUnitsSectionPageReadsTheDeclarationOnce() throws Exception {
		assertThat(readsOfTheDeclaration("/declarations/{id}/sections/secrets", Principals.as(owner))).hasSize(1);
	}

	@Test
	void theUnitsOverviewReadsTheDeclarationOnceAndOnceMoreForEachOfHistoryAndVersions() throws Exception {
		assertThat(readsOfTheDeclaration("/declarations/{id}", Principals.as(owner))).hasSize(3);
	}

	@Test
	void anOfficersReadOfTheContentReadsTheDeclarationOnce() throws Exception {
		assertThat(readsOfTheDeclaration("/declarations/{id}/content",
				Principals.role(Role.DISTRICT_OFFICER, XICHENG, null))).hasSize(1);
		assertThat(readsOfTheDeclaration("/api/v1/declarations/{id}",
				Principals.role(Role.DISTRICT_OFFICER, XICHENG, null))).hasSize(1);
	}
}
