package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Entities stay inside their module (issue 10, point 3): an {@code @Entity} is package-private, so only its own
 * package (aggregate, repository, use cases) sees it; pages and the JSON API get view records from the module's API
 * ({@code DeclarationView}, {@code NoticeView}). The entities below are still public because a controller or a test
 * outside their package uses them; the list only shrinks: a listed entity that is package-private again fails the test
 * until it is removed.
 */
class EntityEncapsulationTests {

	private static final String CONTROLLERS = "read by the module's controllers: to be given view records";

	private static final Map<String, String> CURRENT_EXCEPTIONS = Map.ofEntries(
			Map.entry("cn.tsbase.account.internal.UserAccount", CONTROLLERS),
			Map.entry("cn.tsbase.audit.internal.AuditEntry", CONTROLLERS),
			Map.entry("cn.tsbase.base.internal.DemonstrationBase", CONTROLLERS),
			Map.entry("cn.tsbase.calendar.internal.CalendarDay", CONTROLLERS),
			Map.entry("cn.tsbase.declaration.internal.Call", CONTROLLERS),
			Map.entry("cn.tsbase.declaration.internal.Declaration",
					"the pages and the API of one declaration get DeclarationView; the unit's list, the forms and "
							+ "the tests of the declaration module still use the entity"),
			Map.entry("cn.tsbase.districtreview.internal.DistrictReview", CONTROLLERS),
			Map.entry("cn.tsbase.districtreview.internal.Recommendation", CONTROLLERS),
			Map.entry("cn.tsbase.districtreview.internal.ReviewCriterion",
					"the district's criteria, which may move into a shared indicator model"),
			Map.entry("cn.tsbase.notification.internal.Notification", CONTROLLERS),
			Map.entry("cn.tsbase.organization.internal.Unit", CONTROLLERS),
			Map.entry("cn.tsbase.publicnotice.internal.Notice",
					"the pages and the API of one notice get NoticeView; the lists of notices (whose entries are not "
							+ "loaded) and the tests of the publicnotice module still use the entity"),
			Map.entry("cn.tsbase.publicnotice.internal.Objection", CONTROLLERS),
			Map.entry("cn.tsbase.publicnotice.internal.ProposedList", CONTROLLERS),
			Map.entry("cn.tsbase.publicnotice.internal.Publication", CONTROLLERS),
			Map.entry("cn.tsbase.selection.internal.Rubric",
					"the selection rubric, which may move into a shared indicator model"),
			Map.entry("cn.tsbase.selection.internal.RubricItem",
					"the selection rubric, which may move into a shared indicator model"));

	private final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.tsbase");

	@Test
	void noEntityIsPublicUnlessListed() {
		assertThat(publicEntities()).filteredOn(name -> !CURRENT_EXCEPTIONS.containsKey(name))
			.as("public @Entity classes: make them package-private and give pages and the API view records")
			.isEmpty();
	}

	@Test
	void everyListedEntityIsStillPublic() {
		assertThat(CURRENT_EXCEPTIONS.keySet()).as("package-private again (else remove it from the list)")
			.isSubsetOf(publicEntities());
	}

	@Test
	void theRuleSeesEntitiesOfBothKinds() {
		List<JavaClass> entities = entities();
		assertThat(entities).extracting(JavaClass::getName)
			.contains("cn.tsbase.declaration.internal.DeclarationVersion", "cn.tsbase.publicnotice.internal.Notice");
		assertThat(publicEntities()).contains("cn.tsbase.publicnotice.internal.Notice")
			.doesNotContain("cn.tsbase.declaration.internal.DeclarationVersion");
	}

	private List<JavaClass> entities() {
		return main.stream().filter(type -> type.isAnnotatedWith(Entity.class)).toList();
	}

	private List<String> publicEntities() {
		return entities().stream()
			.filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getName)
			.sorted()
			.toList();
	}
}
