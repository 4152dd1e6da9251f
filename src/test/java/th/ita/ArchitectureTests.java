package th.ita;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules that module verification cannot express. */
@AnalyzeClasses(packages = "th.ita", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	// Controllers go through a service; data access stays behind the module's domain
	// code.
	@ArchTest
	static final ArchRule controllersNeverTouchRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(Repository.class);

	// A repository is a module's internal detail.
	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.notBePublic();

	// Controllers are entry points, never called from code.
	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	// Anonymity by construction: nothing in the survey module may know who a user is.
	@ArchTest
	static void surveyNeverDependsOnIdentity(JavaClasses classes) {
		noClasses().that()
			.resideInAPackage("th.ita.survey..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("th.ita.identity..")
			.allowEmptyShould(true)
			.check(classes);
	}

}
