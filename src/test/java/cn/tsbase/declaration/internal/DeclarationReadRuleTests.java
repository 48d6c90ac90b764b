package cn.tsbase.declaration.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.domain.Specification;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every read of declarations goes through the reader's scope ({@link DeclarationSpecifications#within}), which keeps
 * drafts to their unit: a new endpoint cannot forget the rule by reading the repository some other way. The only
 * reads without a specification are those of a unit's own declarations (its list, the one-per-call check) and the
 * deadline reminders, which go to the unit itself.
 */
class DeclarationReadRuleTests {

	/** Reads that serve only the declaring unit itself. */
	static final Set<String> UNIT_OWN_READS = Set.of("findByUnitIdOrderByCreatedAtDesc", "findByCallIdAndUnitId",
			"findPending");

	static final DescribedPredicate<JavaMethodCall> UNSCOPED_READ = new DescribedPredicate<>(
			"a read of DeclarationRepository without a specification") {

		@Override
		public boolean test(JavaMethodCall call) {
			if (!call.getTarget().getOwner().isAssignableTo(DeclarationRepository.class)) {
				return false;
			}
			String name = call.getTarget().getName();
			boolean read = List.of("find", "get", "exists", "count", "read", "query", "search", "stream")
				.stream()
				.anyMatch(name::startsWith);
			List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
			boolean scoped = !parameters.isEmpty() && parameters.get(0).isAssignableTo(Specification.class);
			return read && !scoped && !UNIT_OWN_READS.contains(name);
		}
	};

	@Test
	void noCodeReadsDeclarationsPastTheScopeSpecification() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.tsbase");
		noClasses().should()
			.callMethodWhere(UNSCOPED_READ)
			.because("drafts are the unit's own until submitted, and DeclarationSpecifications.within says so "
					+ "for every reader")
			.check(classes);
	}
}
