package io.pyra.support.report;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * How SLA compliance is broken down: by month of resolution (every month of the period, empty or
 * not), by the grade the case was held to, by team, or by case category. Each but the month carries
 * the constant text of its key and name columns and of its {@code group by}.
 */
public enum ComplianceGrouping {
  MONTH("select null, null,", ""),
  GRADE("select k.grade, k.grade,", "group by k.grade"),
  TEAM("select k.org_unit_id, o.name,", "group by k.org_unit_id, o.name"),
  CATEGORY("select k.category_id, null,", "group by k.category_id");

  private final String select;
  private final String groupBy;

  ComplianceGrouping(String select, String groupBy) {
    this.select = select;
    this.groupBy = groupBy;
  }

  String select() {
    return select;
  }

  String groupBy() {
    return groupBy;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ComplianceGrouping parse(String text) {
    if (text == null || text.isBlank()) {
      return MONTH;
    }
    for (ComplianceGrouping g : values()) {
      if (g.parameter().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new BusinessRuleException("groupBy", "one-of", "supportreport.groupBy.unknown");
  }
}
