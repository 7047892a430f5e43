package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Arrays;

/** The analyses of the page, one tab each, by the name the page and the export use. */
enum SalesAnalysisKind {
  SUMMARY("summary"),
  COMPARISON("comparison"),
  COMPOSITION("composition"),
  LOST_DEALS("lost-deals"),
  WIN_RATE("win-rate"),
  FORECAST("forecast");

  private final String parameter;

  SalesAnalysisKind(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public String labelKey() {
    return "sales.analysis.tab." + parameter;
  }

  static SalesAnalysisKind parse(String text) {
    if (text == null || text.isBlank()) {
      return SUMMARY;
    }
    return Arrays.stream(values())
        .filter(k -> k.parameter.equals(text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "analysis", "one-of", "sales.analysis.kind.unknown", text.strip()));
  }
}
