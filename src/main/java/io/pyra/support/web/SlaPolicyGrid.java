package io.pyra.support.web;

import io.pyra.interaction.ServiceCategoryRef;
import io.pyra.support.policy.SlaPolicies;
import io.pyra.support.policy.SlaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The policies page's model: one section for any service category (the general policies) and one
 * per service category, each a grade × severity grid whose cells show the category's own policy or
 * the general one it falls back to.
 */
record SlaPolicyGrid(List<Section> sections) {

  /** A service category's grid ({@code code} null: any category). */
  record Section(String code, String name, List<Row> rows) {

    public String key() {
      return code == null ? "ANY" : code;
    }
  }

  record Row(String grade, List<Cell> cells) {}

  /**
   * One grade and severity: {@code own} the section's policy if it has one, {@code general} the
   * general policy that applies otherwise.
   */
  record Cell(String grade, String severity, SlaPolicy own, SlaPolicy general) {

    public SlaPolicy shown() {
      return own != null ? own : general;
    }

    public boolean inherited() {
      return own == null;
    }
  }

  static SlaPolicyGrid of(
      List<SlaPolicy> policies,
      List<ServiceCategoryRef> categories,
      String anyName,
      Locale locale) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(null, anyName, rows(policies, null)));
    for (ServiceCategoryRef category : categories) {
      boolean used = policies.stream().anyMatch(p -> category.code().equals(p.serviceCategory()));
      if (category.active() || used) {
        sections.add(
            new Section(
                category.code(), category.name().in(locale), rows(policies, category.code())));
      }
    }
    return new SlaPolicyGrid(sections);
  }

  private static List<Row> rows(List<SlaPolicy> policies, String category) {
    List<Row> rows = new ArrayList<>();
    for (String grade : SlaPolicies.GRADES) {
      List<Cell> cells = new ArrayList<>();
      for (String severity : SlaPolicies.SEVERITIES) {
        SlaPolicy general = find(policies, grade, severity, null);
        SlaPolicy own = category == null ? general : find(policies, grade, severity, category);
        cells.add(new Cell(grade, severity, own, general));
      }
      rows.add(new Row(grade, cells));
    }
    return rows;
  }

  private static SlaPolicy find(
      List<SlaPolicy> policies, String grade, String severity, String category) {
    return policies.stream()
        .filter(
            p ->
                p.grade().equals(grade)
                    && p.severity().equals(severity)
                    && Objects.equals(p.serviceCategory(), category))
        .findFirst()
        .orElse(null);
  }
}
