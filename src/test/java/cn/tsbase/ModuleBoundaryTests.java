package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A module's {@code internal} package belongs to that module alone, in main code and in test code. Modulith's
 * {@code verify()} reads main bytecode only, and the compiler inlines constants (a use of
 * {@code PasswordPolicy.MIN_LENGTH} leaves no trace in the class file), so this test reads both: the compiled main
 * and test classes (ArchUnit) and the sources. Code of module X uses module Y's public API or Y's public test
 * fixtures (in Y's test package), never {@code cn.tsbase.Y.internal}. Classes outside every module (the root test
 * package, {@code browser}, {@code security}) count as another module.
 */
class ModuleBoundaryTests {

	private static final Pattern MODULE = Pattern.compile("^cn\\.tsbase\\.([a-z]+)(\\..*)?$");
	private static final Pattern INTERNAL = Pattern.compile("^cn\\.tsbase\\.([a-z]+)\\.internal(\\..*)?$");
	private static final Pattern SOURCE_PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
	private static final Pattern SOURCE_INTERNAL = Pattern.compile("\\bcn\\.tsbase\\.([a-z]+)\\.internal\\b");
	private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

	@Test
	void mainClassesUseNoOtherModulesInternals() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.tsbase");
		assertThat(main.size()).isGreaterThan(100);
		assertThat(violations(main)).isEmpty();
	}

	/**
	 * Test classes that still reach into another module's internals, each to be moved onto that module's public
	 * test fixtures (issue 10, point 4). The list only shrinks: a class not on it fails the test, and so does a class
	 * on it that no longer needs to be.
	 */
	private static final Set<String> TESTS_STILL_TO_MOVE = Set.of();

	@Test
	void testClassesUseNoOtherModulesInternals() {
		JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("cn.tsbase");
		assertThat(tests.size()).isGreaterThan(100);
		List<String> violations = violations(tests.that(DescribedPredicate.not(isProbe())));
		assertThat(violations).filteredOn(v -> TESTS_STILL_TO_MOVE.stream().noneMatch(v::contains)).isEmpty();
		assertThat(TESTS_STILL_TO_MOVE).allMatch(name -> violations.stream().anyMatch(v -> v.contains(name)),
				"still reaches into another module's internals (else remove it from the list)");
	}

	@Test
	void sourcesNameNoOtherModulesInternals() {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			assertThat(root).isDirectory();
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(f -> f.toString().endsWith(".java"))
					.filter(f -> !f.endsWith("ModuleBoundaryTests.java"))
					.forEach(f -> found.addAll(sourceViolations(f.toString(), read(f))));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		assertThat(found).filteredOn(v -> TESTS_STILL_TO_MOVE.stream()
			.map(name -> "src/test/java/" + name.replace('.', '/') + ".java:")
			.noneMatch(v::startsWith)).isEmpty();
	}

	@Test
	void theRulesSeeAUseOfAnotherModulesInternals() {
		assertThat(violations(new ClassFileImporter().importClasses(Probe.class))).singleElement()
			.asString()
			.contains("cn.tsbase.account.internal.PasswordPolicy");
		String source = "package cn.tsbase.organization.web;\nimport cn.tsbase.account.internal.PasswordPolicy;\n"
				+ "import cn.tsbase.organization.internal.Unit;\nclass X { String s = \"cn.tsbase.base.internal.X\"; }";
		assertThat(sourceViolations("X.java", source)).singleElement().asString().contains("account.internal");
	}

	private static List<String> violations(JavaClasses classes) {
		return classes.stream()
			.flatMap(c -> c.getDirectDependenciesFromSelf().stream())
			.filter(ModuleBoundaryTests::crossesIntoAnotherModulesInternals)
			.map(Dependency::getDescription)
			.distinct()
			.sorted()
			.toList();
	}

	private static DescribedPredicate<JavaClass> isProbe() {
		return DescribedPredicate.describe("the probe", c -> c.getName().equals(Probe.class.getName()));
	}

	private static boolean crossesIntoAnotherModulesInternals(Dependency dependency) {
		Optional<String> target = module(dependency.getTargetClass(), INTERNAL);
		return target.isPresent() && !module(dependency.getOriginClass(), MODULE).equals(target);
	}

	private static Optional<String> module(JavaClass type, Pattern pattern) {
		Matcher matcher = pattern.matcher(type.getPackageName());
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static List<String> sourceViolations(String file, String source) {
		Matcher packageName = SOURCE_PACKAGE.matcher(source);
		Optional<String> own = Optional.empty();
		if (packageName.find()) {
			Matcher module = MODULE.matcher(packageName.group(1));
			own = module.matches() ? Optional.of(module.group(1)) : Optional.empty();
		}
		List<String> found = new ArrayList<>();
		String[] lines = source.split("\n");
		for (int i = 0; i < lines.length; i++) {
			Matcher use = SOURCE_INTERNAL.matcher(STRING_LITERAL.matcher(lines[i]).replaceAll("\"\""));
			while (use.find()) {
				if (!own.equals(Optional.of(use.group(1)))) {
					found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
				}
			}
		}
		return found;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A class in no module that reaches into one: the bytecode rule must report it. */
	static class Probe {

		List<String> problems() {
			return cn.tsbase.account.internal.PasswordPolicy.violations("x", null);
		}
	}
}
