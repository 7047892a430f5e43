package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemsTests {

  private final Problems problems = new Problems(messages());

  @Test
  void theViolatedFieldIsNamedByItsLabelInTheUsersLanguage() {
    RuleViolation missingName =
        new RuleViolation("name", "required", "validation.required", "name");

    assertThat(problems.message(missingName, Locale.ENGLISH)).isEqualTo("Name is required.");
    assertThat(problems.message(missingName, Locale.SIMPLIFIED_CHINESE)).isEqualTo("名称为必填项。");
  }

  @Test
  void aRecordWhoseNameLooksLikeAFieldIsShownAsItIs() {
    RuleViolation refused =
        new RuleViolation(null, "has-children", "orgunit.delete.has-children", "code");

    assertThat(problems.message(refused, Locale.ENGLISH))
        .startsWith("code still has org units under it");
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(
        "messages/platform",
        "messages/identity",
        "messages/customer",
        "messages/interaction",
        "messages/integration");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
