package io.pyra.scheduling.web;

/** The scheduling reports, a tab each at {@code /scheduling/reports?report=<path>}. */
enum SchedulingReportKind {
  OCCUPANCY("occupancy"),
  INSTRUCTOR_UTILISATION("instructor-utilisation"),
  FILL_RATE("fill-rate"),
  CLASS_REVENUE("class-revenue");

  private final String path;

  SchedulingReportKind(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public String titleKey() {
    return "schedulingreport." + path + ".title";
  }

  /** The report at the path; the first for none or an unknown one. */
  static SchedulingReportKind of(String path) {
    for (SchedulingReportKind kind : values()) {
      if (kind.path.equals(path)) {
        return kind;
      }
    }
    return OCCUPANCY;
  }
}
