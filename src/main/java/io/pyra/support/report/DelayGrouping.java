package io.pyra.support.report;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * How the delay report groups the late cases: by the grade the case is held to, its assignee, its
 * team, or the branch of its customer (the customer's org unit). Each carries the constant text of
 * its key and name columns and of its {@code group by}.
 */
public enum DelayGrouping {
  GRADE("select k.grade, k.grade,", "group by k.grade"),
  ASSIGNEE("select k.assignee_id, u.display_name,", "group by k.assignee_id, u.display_name"),
  TEAM("select k.org_unit_id, o.name,", "group by k.org_unit_id, o.name"),
  BRANCH("select cu.org_unit_id, b.name,", "group by cu.org_unit_id, b.name");

  private final String select;
  private final String groupBy;

  DelayGrouping(String select, String groupBy) {
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

  public static DelayGrouping parse(String text) {
    if (text == null || text.isBlank()) {
      return GRADE;
    }
    for (DelayGrouping g : values()) {
      if (g.parameter().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new BusinessRuleException("groupBy", "one-of", "supportreport.groupBy.unknown");
  }
}
