package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * The build writes the modules' metadata into the classes (pom.xml, application-module-metadata), and Spring
	 * Modulith's runtime takes the modules from it instead of importing every class at each start; it orders the
	 * modules' Flyway migrations, so it must name the modules these tests see, in their order.
	 */
	@Test
	void theMetadataTheBuildWritesNamesTheModulesInTheirOrder() throws IOException {
		var metadata = new ClassPathResource("META-INF/spring-modulith/application-modules.json");
		assertThat(metadata.exists()).as("the build writes %s", metadata.getPath()).isTrue();
		JsonNode json;
		try (InputStream in = metadata.getInputStream()) {
			json = JsonMapper.builder().build().readTree(in);
		}
		List<String> written = new ArrayList<>(json.propertyNames());
		assertThat(written)
			.containsExactlyElementsOf(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString).toList());
	}
}
