package io.pyra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * SQL text is a constant of the module that owns the table, or comes from the query kit
 * (io.pyra.platform.query); nothing outside the kit builds it at run time.
 */
@AnalyzeClasses(packages = "io.pyra", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryKitArchitectureTests {

  @ArchTest
  static final ArchRule sqlTextIsBuiltOnlyByTheQueryKit =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.pyra.platform.query..")
          .should(new SqlTextRule())
          .because(
              "SQL text must be constants of the owning module; conditions, orders and values go"
                  + " through io.pyra.platform.query (Where, QueryPart, SortKey, Like)");

  @Test
  void theRuleReportsEveryWayOfSplicingText() {
    JavaClasses example = new ClassFileImporter().importPackages("io.pyra.querykit.example");

    EvaluationResult result = sqlTextIsBuiltOnlyByTheQueryKit.evaluate(example);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .hasSize(10)
        .anySatisfy(d -> assertThat(d).contains(".concatenation builds text (string concatenation"))
        .anySatisfy(d -> assertThat(d).contains(".format builds text (java/lang/String.format"))
        .anySatisfy(d -> assertThat(d).contains(".formatted builds text"))
        .anySatisfy(d -> assertThat(d).contains(".builder builds text"))
        .anySatisfy(d -> assertThat(d).contains(".join builds text"))
        .anySatisfy(d -> assertThat(d).contains(".inALambda builds text"))
        .anySatisfy(d -> assertThat(d).contains(".capturedByALambda builds text"))
        .anySatisfy(d -> assertThat(d).contains(".throughAHelper builds text"))
        .anySatisfy(d -> assertThat(d).contains(".queryPart builds text"))
        .anySatisfy(d -> assertThat(d).contains(".where builds text"))
        .noneSatisfy(d -> assertThat(d).contains(".constantsOnly"))
        .noneSatisfy(d -> assertThat(d).contains(".labelsInARowMapper"));
  }
}
