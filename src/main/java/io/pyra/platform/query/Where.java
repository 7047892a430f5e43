package io.pyra.platform.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conditions AND-ed together with their named parameters, for the {@code where} of one statement.
 * Every condition text is a constant of the module that owns the table (see {@link QueryPart});
 * values are only ever bound as parameters.
 *
 * <pre>{@code
 * Where where = new Where().and("t.deleted_at is null").and("t.status = :status", "status", s);
 * where.query(jdbc, SELECT, "order by t.due_at, t.id limit :limit").param("limit", 51)...
 * }</pre>
 */
public final class Where {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** Adds a condition with its parameters. */
  public Where and(QueryPart condition) {
    conditions.add(condition.sql());
    Params.merge(params, condition.params());
    return this;
  }

  /** Adds a constant condition without parameters. */
  public Where and(String constantSql) {
    conditions.add(constantSql);
    return this;
  }

  /** Adds a constant condition with one named parameter. */
  public Where and(String constantSql, String name, Object value) {
    conditions.add(constantSql);
    return param(name, value);
  }

  /** Binds a parameter (of a condition, or of the statement around it: a limit). */
  public Where param(String name, Object value) {
    Params.put(params, name, value);
    return this;
  }

  /** Whether no condition was added. */
  public boolean isEmpty() {
    return conditions.isEmpty();
  }

  /** The conditions joined by {@code and}; {@code 1 = 1} when there are none. */
  public String sql() {
    return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
  }

  /** The named parameters, unmodifiable. */
  public Map<String, Object> params() {
    return Collections.unmodifiableMap(params);
  }

  /** The conditions and their parameters as one part. */
  public QueryPart part() {
    QueryPart part = QueryPart.of(sql());
    for (Map.Entry<String, Object> param : params.entrySet()) {
      part = part.with(param.getKey(), param.getValue());
    }
    return part;
  }

  /**
   * The statement {@code head + sql() + " " + tail[0] + " " + tail[1]…}: {@code head} is the
   * constant text before the conditions (ending in {@code where }), each tail a constant (an order
   * from a {@link SortKey}, a limit).
   */
  public String statement(String head, String... tail) {
    StringBuilder sql = new StringBuilder(head).append(sql());
    for (String part : tail) {
      sql.append(' ').append(part);
    }
    return sql.toString();
  }

  /** Binds the parameters to a statement. */
  public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return statement.params(params);
  }

  /** {@link #statement} prepared on {@code jdbc} with the parameters bound. */
  public JdbcClient.StatementSpec query(JdbcClient jdbc, String head, String... tail) {
    return bind(jdbc.sql(statement(head, tail)));
  }
}
