package io.pyra.support.web;

import java.util.List;

/** The six service reports: their path, title and which filters they take. */
enum ServiceReport {
  DELAYS("delays", false, List.of("grade", "assignee", "team", "branch"), true),
  SLA("sla", true, List.of("month", "grade", "team", "category"), true),
  COMPLAINTS("complaints", true, List.of(), false),
  ROOT_CAUSES("root-causes", true, List.of(), false),
  TIMES("times", true, List.of(), true),
  SATISFACTION("satisfaction", true, List.of(), true);

  private final String path;
  private final boolean period;
  private final List<String> groupings;
  private final boolean types;

  ServiceReport(String path, boolean period, List<String> groupings, boolean types) {
    this.path = path;
    this.period = period;
    this.groupings = groupings;
    this.types = types;
  }

  static ServiceReport of(String path) {
    for (ServiceReport r : values()) {
      if (r.path.equals(path)) {
        return r;
      }
    }
    return null;
  }

  public String path() {
    return path;
  }

  public String titleKey() {
    return "supportreport." + path + ".title";
  }

  public boolean period() {
    return period;
  }

  public List<String> groupings() {
    return groupings;
  }

  public boolean types() {
    return types;
  }
}
