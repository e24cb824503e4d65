package org.claimtrace;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of the house (../shared/STYLE.md) as tests. */
@AnalyzeClasses(packages = "org.claimtrace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersNeverTouchRepositoriesOrTheEntityManager = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(EntityManager.class);

	@ArchTest
	static final ArchRule controllersAreNotTransactional = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.beAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule controllerMethodsAreNotTransactional = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBeAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule controllersAndRepositoriesArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule constructorInjectionOnly = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule noFieldInjection = fields().should()
		.notBeAnnotatedWith("org.springframework.beans.factory.annotation.Autowired");

	@ArchTest
	static final ArchRule noTopLevelLayerPackages = noClasses().should()
		.resideInAnyPackage("org.claimtrace.controller..", "org.claimtrace.service..", "org.claimtrace.repository..");

}
