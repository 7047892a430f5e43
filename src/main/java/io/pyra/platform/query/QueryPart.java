package io.pyra.platform.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A piece of SQL (typically a condition) with its named parameters, immutable.
 *
 * <p>The text must be a constant of the module that wrote it (a literal, or a {@code static final}
 * built only from constants, such as a {@link SortKey}'s text or {@link Like#ESCAPE}); every value
 * that comes from a request, a user or a row travels as a named parameter, never in the text. A
 * condition containing {@code or} is parenthesised by its author: parts are joined with {@code and}
 * as they are.
 */
public final class QueryPart {

  /** The condition every row meets. */
  public static final QueryPart ALWAYS = of("1 = 1");

  /** The condition no row meets. */
  public static final QueryPart NEVER = of("1 = 0");

  /** A named parameter in SQL text: {@code :name}, not a cast ({@code ::text}). */
  private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

  private final String sql;
  private final Map<String, Object> params;

  private QueryPart(String sql, Map<String, Object> params) {
    this.sql = Objects.requireNonNull(sql, "sql");
    this.params = Collections.unmodifiableMap(params);
  }

  /** Constant text without parameters. */
  public static QueryPart of(String sql) {
    return new QueryPart(sql, new LinkedHashMap<>());
  }

  /** Constant text with one named parameter ({@code :name} in the text). */
  public static QueryPart of(String sql, String name, Object value) {
    return of(sql).with(name, value);
  }

  /** Constant text with its named parameters. */
  public static QueryPart of(String sql, Map<String, ?> params) {
    return new QueryPart(sql, new LinkedHashMap<>(params));
  }

  /**
   * The parts one after the other, {@code separator} (a constant: {@code ", "}, {@code " or "},
   * {@code " "}) between them, with the parameters of all; a list of columns, of alternatives, a
   * statement from its pieces.
   */
  public static QueryPart join(String separator, List<QueryPart> parts) {
    StringJoiner sql = new StringJoiner(separator);
    Map<String, Object> params = new LinkedHashMap<>();
    for (QueryPart part : parts) {
      sql.add(part.sql);
      Params.merge(params, part.params);
    }
    return new QueryPart(sql.toString(), params);
  }

  /** The same text with one more parameter bound. */
  public QueryPart with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(params);
    more.put(Objects.requireNonNull(name, "name"), value);
    return new QueryPart(sql, more);
  }

  /**
   * Both conditions: {@code this and other}, with the parameters of both. A parameter both bind
   * must have the same value in both.
   */
  public QueryPart and(QueryPart other) {
    Map<String, Object> both = new LinkedHashMap<>(params);
    Params.merge(both, other.params);
    return new QueryPart(sql + " and " + other.sql, both);
  }

  /**
   * This part inside constant text: {@code before + sql + after}, for example a list of conditions
   * inside {@code exists (select … where … and } and {@code )}.
   */
  public QueryPart wrap(String before, String after) {
    return new QueryPart(before + sql + after, new LinkedHashMap<>(params));
  }

  /**
   * The same part with every parameter renamed {@code name + index}, in the text and in the
   * parameters, so that one constant condition can be used several times in a statement (one per
   * tag, per custom field).
   */
  public QueryPart numbered(int index) {
    String text =
        PARAMETER
            .matcher(sql)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        params.containsKey(m.group(1)) ? m.group() + index : m.group()));
    Map<String, Object> renamed = new LinkedHashMap<>();
    params.forEach((name, value) -> renamed.put(name + index, value));
    return new QueryPart(text, renamed);
  }

  /** This part as a whole statement, prepared on {@code jdbc} with its parameters bound. */
  public JdbcClient.StatementSpec query(JdbcClient jdbc) {
    return jdbc.sql(sql).params(params);
  }

  /** The SQL text. */
  public String sql() {
    return sql;
  }

  /** The named parameters, unmodifiable. */
  public Map<String, Object> params() {
    return params;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueryPart other && sql.equals(other.sql) && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sql, params);
  }

  @Override
  public String toString() {
    return sql + " " + params.keySet();
  }
}
