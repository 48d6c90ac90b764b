package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
 * until it is removed. (It is empty now: every entity is package-private.)
 */
class EntityEncapsulationTests {

	private static final Map<String, String> CURRENT_EXCEPTIONS = Map.ofEntries();

	/**
	 * Entities that a class of a {@code web} package (controller, API controller, model advice, export) still uses,
	 * by name or as what a method it calls returns. The list only shrinks: an entity no web class uses any longer
	 * fails the test until it is removed. (It is empty now: no web class uses an entity.)
	 */
	private static final Map<String, String> WEB_EXCEPTIONS = Map.ofEntries();

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
		assertThat(entities(main, type -> type.isAnnotatedWith(Entity.class))).extracting(JavaClass::getName)
			.contains("cn.tsbase.declaration.internal.DeclarationVersion", "cn.tsbase.publicnotice.internal.Notice");
		JavaClasses fixtures = new ClassFileImporter().importClasses(Fixtures.Thing.class, Fixtures.Exposed.class,
				Fixtures.Things.class);
		assertThat(publicEntities(fixtures, type -> type.isAnnotatedWith(Fixtures.Persisted.class)))
			.containsExactly(Fixtures.Exposed.class.getName());
	}

	@Test
	void noWebClassUsesAnEntityUnlessListed() {
		assertThat(webUsesOfEntities()).filteredOn(use -> !WEB_EXCEPTIONS.containsKey(use.entity()))
			.as("web classes using @Entity classes: give them view records from the module's API")
			.isEmpty();
	}

	@Test
	void everyEntityListedForTheWebIsStillUsedThere() {
		assertThat(WEB_EXCEPTIONS.keySet()).as("no web class uses it any longer (else remove it from the list)")
			.isSubsetOf(webUsesOfEntities().stream().map(WebUse::entity).toList());
	}

	@Test
	void theWebRuleSeesEntitiesByNameAndAsReturnedValues() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Fixtures.Thing.class, Fixtures.Things.class,
				Fixtures.Web.Naming.class, Fixtures.Web.Receiving.class, Fixtures.Web.Clean.class);
		assertThat(webUsesOfEntities(fixtures, type -> type.getName().contains("$Web$"),
				type -> type.isAnnotatedWith(Fixtures.Persisted.class)))
			.extracting(WebUse::web)
			.containsExactlyInAnyOrder(Fixtures.Web.Naming.class.getName(), Fixtures.Web.Receiving.class.getName());
	}

	/** A class of a {@code web} package and an entity it uses. */
	private record WebUse(String web, String entity) {
	}

	private List<WebUse> webUsesOfEntities() {
		return webUsesOfEntities(main, type -> type.getPackageName().matches(".*\\.web(\\..*)?"),
				type -> type.isAnnotatedWith(Entity.class));
	}

	private static List<WebUse> webUsesOfEntities(JavaClasses classes, Predicate<JavaClass> web,
			Predicate<JavaClass> entity) {
		Set<WebUse> uses = new TreeSet<>(Comparator.comparing(WebUse::web).thenComparing(WebUse::entity));
		for (JavaClass type : classes) {
			if (!web.test(type)) {
				continue;
			}
			Stream<JavaClass> named = type.getDirectDependenciesFromSelf()
				.stream()
				.map(dependency -> dependency.getTargetClass().getBaseComponentType());
			Stream<JavaClass> returned = type.getMethodCallsFromSelf()
				.stream()
				.flatMap(call -> call.getTarget().resolveMember().stream())
				.flatMap(method -> method.getReturnType().getAllInvolvedRawTypes().stream());
			Stream.concat(named, returned)
				.filter(entity)
				.forEach(target -> uses.add(new WebUse(type.getName(), target.getName())));
		}
		return List.copyOf(uses);
	}

	private static List<JavaClass> entities(JavaClasses classes, Predicate<JavaClass> entity) {
		return classes.stream().filter(entity).toList();
	}

	private List<String> publicEntities() {
		return publicEntities(main, type -> type.isAnnotatedWith(Entity.class));
	}

	private static List<String> publicEntities(JavaClasses classes, Predicate<JavaClass> entity) {
		return entities(classes, entity).stream()
			.filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getName)
			.sorted()
			.toList();
	}

	/**
	 * What the rules must see: an entity named by a web class, and one only returned to it; a public entity beside a
	 * package-private one. The fixtures' entities carry an annotation of their own: a real {@code @Entity} here would be
	 * mapped by the application's tests.
	 */
	static class Fixtures {

		@Retention(RetentionPolicy.RUNTIME)
		@interface Persisted {
		}

		@Persisted
		static class Thing {
		}

		@Persisted
		public static class Exposed {
		}

		static class Things {

			List<Thing> all() {
				return List.of();
			}
		}

		static class Web {

			static class Naming {

				Object first(Things things) {
					Thing thing = things.all().get(0);
					return thing;
				}
			}

			static class Receiving {

				Object all(Things things) {
					return things.all();
				}
			}

			static class Clean {

				Object nothing(Things things) {
					return things;
				}
			}
		}
	}
}
