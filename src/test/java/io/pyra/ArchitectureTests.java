package io.pyra;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  /**
   * Members of a module's public API that keep a {@code UUID}, and why: none of them is the id of a
   * customer, user or org unit, and no other module looks the thing up by it.
   */
  static final Map<String, String> UUIDS_IN_MODULE_APIS =
      Map.ofEntries(
          Map.entry(
              "io.pyra.platform.Ids.newId", "generates the UUIDs that every module keeps inside"),
          Map.entry(
              "io.pyra.customer.CustomerCard$Contact.id",
              "a contact person's id, shown on the card: a contact person is neither a customer, a "
                  + "user nor an org unit (the kinds issue 11 types); interaction's records name "
                  + "one by it"),
          Map.entry(
              "io.pyra.customer.CustomerApi.contactIds",
              "contact persons' ids (see CustomerCard$Contact.id), read only by interaction's demo "
                  + "data to link its contact records to a customer's contacts"),
          Map.entry(
              "io.pyra.customer.ContactSummary.id",
              "a contact person's id (see CustomerCard$Contact.id), which a contact record names"),
          Map.entry("io.pyra.customer.CustomerApi.isContactOf", "see ContactSummary.id"),
          Map.entry(
              "io.pyra.customer.CustomerCard$LastContact.id",
              "the id of interaction's contact record, which this module cannot name by type"),
          Map.entry(
              "io.pyra.customer.CustomerImportApi$ImportRun.importId",
              "the id of integration's import, which this module cannot name by type (integration "
                  + "uses customer); it is only written into the audit records of the run"),
          Map.entry(
              "io.pyra.sales.SalesImportApi$ImportRun.importId",
              "the id of integration's import (see CustomerImportApi$ImportRun.importId), written"
                  + " into the audit record of the run"),
          Map.entry(
              "io.pyra.sales.SalesImportApi$ImportOrder.importId",
              "the id of integration's import that wrote the order (sales_order.import_id)"),
          Map.entry(
              "io.pyra.customer.CustomerImportApi$FieldInfo.id",
              "the catalogue ids of custom fields and sectors the import hands back to the customer "
                  + "module unchanged (NormalizedCustomer)"),
          Map.entry(
              "io.pyra.customer.NormalizedCustomer.sectorId", "see CustomerImportApi$FieldInfo.id"),
          Map.entry(
              "io.pyra.customer.NormalizedCustomer$Value.fieldId",
              "see CustomerImportApi$FieldInfo.id"),
          Map.entry(
              "io.pyra.interaction.TimelineEntry.id",
              "the id of an entry of any source (record, task, later orders …): a tie-breaker of the "
                  + "timeline's order and cursor, never a reference to one kind of record"),
          Map.entry("io.pyra.interaction.TimelinePosition.id", "see TimelineEntry.id"));

  /**
   * Other modules refer to customers, users and org units by {@code CustomerId}, {@code UserId} and
   * {@code OrgUnitId}: no public method or record component of a public class directly in a
   * module's package ({@code io.pyra.<module>}, the API other modules use) takes or returns a
   * {@code UUID}, also not inside a generic type ({@code Optional<UUID>}, {@code Map<UUID, …>}).
   * The id records themselves (a record of one {@code UUID value}) wrap it; the members in {@link
   * #UUIDS_IN_MODULE_APIS} are the exceptions. Inside a module, {@code UUID} stays.
   */
  @ArchTest
  static final ArchRule moduleApisUseTypedIds =
      classes()
          .that()
          .resideInAPackage("io.pyra.*")
          .and()
          .arePublic()
          .should(
              new ArchCondition<JavaClass>(
                  "take and return typed ids, not UUID, in public members") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  if (isIdRecord(type)) {
                    return;
                  }
                  List<String> components =
                      type.isRecord()
                          ? Arrays.stream(type.reflect().getRecordComponents())
                              .map(RecordComponent::getName)
                              .toList()
                          : List.of();
                  for (JavaMethod method : type.getMethods()) {
                    if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                      continue;
                    }
                    boolean uuid =
                        involvesUuid(method.getReturnType())
                            || method.getParameterTypes().stream()
                                .anyMatch(ArchitectureTests::involvesUuid);
                    if (uuid) {
                      String kind =
                          components.contains(method.getName())
                                  && method.getParameterTypes().isEmpty()
                              ? "record component "
                              : "method ";
                      report(events, type, kind, method.getName(), method.getDescription());
                    }
                  }
                  for (JavaConstructor constructor : type.getConstructors()) {
                    if (!constructor.getModifiers().contains(JavaModifier.PUBLIC)) {
                      continue;
                    }
                    List<JavaType> parameters = constructor.getParameterTypes();
                    // a record's canonical constructor is judged by its components (above)
                    boolean canonical = type.isRecord() && parameters.size() == components.size();
                    if (!canonical
                        && parameters.stream().anyMatch(ArchitectureTests::involvesUuid)) {
                      report(events, type, "constructor ", "<init>", constructor.getDescription());
                    }
                  }
                }
              })
          .because("other modules refer to customers, users and org units by typed ids (issue 11)");

  private static void report(
      ConditionEvents events, JavaClass type, String kind, String member, String description) {
    String key = type.getName() + "." + member;
    if (!UUIDS_IN_MODULE_APIS.containsKey(key)) {
      events.add(
          SimpleConditionEvent.violated(
              type, description + " (" + kind.strip() + ") uses java.util.UUID"));
    }
  }

  private static boolean involvesUuid(JavaType type) {
    return type.getAllInvolvedRawTypes().stream().anyMatch(t -> t.isEquivalentTo(UUID.class));
  }

  /** {@code record CustomerId(UUID value)}: the one place a module's API holds a bare UUID. */
  private static boolean isIdRecord(JavaClass type) {
    if (!type.isRecord()) {
      return false;
    }
    RecordComponent[] components = type.reflect().getRecordComponents();
    return components.length == 1
        && components[0].getName().equals("value")
        && components[0].getType().equals(UUID.class);
  }

  @ArchTest
  static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

  /**
   * OpenAPI names a body's schema by the record's simple name: two REST controllers with a record
   * of the same name would share one schema, and one endpoint's documentation (and the robustness
   * run's requests) would describe the other's body.
   */
  @ArchTest
  static void apiRecordsHaveNamesOfTheirOwn(JavaClasses classes) {
    Map<String, List<String>> byName =
        classes.stream()
            .filter(JavaClass::isRecord)
            .filter(c -> !c.getModifiers().contains(JavaModifier.PRIVATE))
            .filter(
                c ->
                    c.getEnclosingClass()
                        .map(outer -> outer.isAnnotatedWith(RestController.class))
                        .orElse(false))
            .collect(
                java.util.stream.Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.mapping(
                        JavaClass::getName, java.util.stream.Collectors.toList())));
    assertThat(byName).isNotEmpty();
    assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).toList())
        .as("records of REST controllers sharing a name (one OpenAPI schema for both)")
        .isEmpty();
  }
}
