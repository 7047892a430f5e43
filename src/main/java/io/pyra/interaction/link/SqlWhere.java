package io.pyra.interaction.link;

import io.pyra.platform.query.QueryPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conditions (constant SQL text of this module) AND-ed together, with their named parameters. */
public final class SqlWhere {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  public SqlWhere add(String condition) {
    conditions.add(condition);
    return this;
  }

  public SqlWhere add(String condition, String name, Object value) {
    conditions.add(condition);
    params.put(name, value);
    return this;
  }

  /** A condition with its parameters, e.g. the customer visibility rule on {@code c}. */
  public SqlWhere scope(QueryPart scope) {
    conditions.add(scope.sql());
    params.putAll(scope.params());
    return this;
  }

  public SqlWhere param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  public String sql() {
    return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
  }

  public Map<String, Object> params() {
    return params;
  }
}
