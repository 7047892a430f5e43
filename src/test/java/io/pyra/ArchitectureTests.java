package io.pyra;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "io.pyra", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule platformDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("io.pyra.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.pyra.identity..",
              "io.pyra.customer..",
              "io.pyra.interaction..",
              "io.pyra.sales..",
              "io.pyra.marketing..",
              "io.pyra.support..",
              "io.pyra.scheduling..",
              "io.pyra.feedback..",
              "io.pyra.analytics..",
              "io.pyra.portal..",
              "io.pyra.integration..");

  @ArchTest
  static final ArchRule restControllersAreNamedAndPlacedAsSuch =
      classes()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .haveSimpleNameEndingWith("RestController")
          .andShould()
          .resideInAPackage("io.pyra.*.web")
          .because("each module keeps its controllers in one place, <module>/web");

  @ArchTest
  static final ArchRule pageControllersAreNamedAsSuch =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .should()
          .haveSimpleNameEndingWith("WebController")
          .andShould()
          .resideInAPackage("io.pyra.*.web")
          .because("each module keeps its controllers in one place, <module>/web");

  @ArchTest
  static final ArchRule repositoriesStayInsideTheirPackage =
      classes().that().areAssignableTo(Repository.class).should().notBePublic();

  @ArchTest
  static final ArchRule controllersDoNotUseRepositories =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Repository.class);

  @ArchTest
  static final ArchRule restControllersNeverReturnEntities =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RestController.class)
          .should()
          .notHaveRawReturnType(annotatedWith(Entity.class))
          .because("the API returns DTO records, never entities");

  @ArchTest
  static final ArchRule noPackageRepeatsItsModuleName =
      noClasses()
          .should(
              new ArchCondition<JavaClass>(
                  "reside in a package named like its module (io.pyra.customer.customer)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  String[] parts = type.getPackageName().split("\\.");
                  if (parts.length > 3 && parts[2].equals(parts[3])) {
                    events.add(
                        SimpleConditionEvent.satisfied(
                            type, type.getName() + " is in " + type.getPackageName()));
                  }
                }
              });

  @ArchTest
  static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);
}
