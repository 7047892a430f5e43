package io.pyra.interaction.link;

import io.pyra.customer.CustomerScope;
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

  /** The customer visibility rule, on {@code customer_customer c}. */
  public SqlWhere scope(CustomerScope scope) {
    conditions.add(scope.condition());
    params.putAll(scope.parameters());
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
