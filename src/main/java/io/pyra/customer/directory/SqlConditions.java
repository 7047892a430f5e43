package io.pyra.customer.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conditions (constant SQL text of this package) AND-ed together, and their named parameters. */
final class SqlConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();
  private boolean broad;

  void add(String condition) {
    conditions.add(condition);
  }

  void param(String name, Object value) {
    params.put(name, value);
  }

  /** Marks a condition that may match a large part of the table (a name containing a text). */
  void broad() {
    broad = true;
  }

  boolean isBroad() {
    return broad;
  }

  String sql() {
    return String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }
}
