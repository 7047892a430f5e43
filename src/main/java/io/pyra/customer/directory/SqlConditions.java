package io.pyra.customer.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conditions (constant SQL text of this package) AND-ed together, and their named parameters. */
final class SqlConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  void add(String condition) {
    conditions.add(condition);
  }

  void param(String name, Object value) {
    params.put(name, value);
  }

  String sql() {
    return String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }
}
