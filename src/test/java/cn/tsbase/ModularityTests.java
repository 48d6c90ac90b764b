package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TsbaseApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "referencedata", "account", "organization", "audit");
	}

	@Test
	void writesModuleDocumentation() {
		// Module canvases are left out: with Boot 4 the Javadoc metadata they read fails to parse (BasicJsonParser).
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
	}
}
