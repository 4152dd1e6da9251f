package th.ita.scoring;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Scoring math is pure (architecture.md §6 rule 5): the engine is plain Java over the
 * framework's public records, so it runs the same in a test, a recompute and a benchmark,
 * years later.
 */
@AnalyzeClasses(packages = "th.ita", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringEngineArchitectureTests {

	static final DescribedPredicate<JavaClass> OTHER_ITA_CODE = resideInAPackage("th.ita..")
		.and(DescribedPredicate
			.not(resideInAnyPackage("th.ita.scoring.engine..", "th.ita.shared..", "th.ita.framework")))
		.as("are in th.ita but outside the engine, shared and the framework's root package");

	// No Spring and no JDBC: the engine is a pure function of its inputs.
	@ArchTest
	static final ArchRule engineUsesNoSpringNorJdbc = noClasses().that()
		.resideInAPackage("th.ita.scoring.engine..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..");

	// Only shared and the framework's public records; never the framework's internals or
	// another module (survey and OIT data come in as ScoringInputs).
	@ArchTest
	static final ArchRule engineUsesOnlySharedAndFrameworkApi = noClasses().that()
		.resideInAPackage("th.ita.scoring.engine..")
		.should()
		.dependOnClassesThat(OTHER_ITA_CODE);

}
