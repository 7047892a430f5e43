package io.pyra.platform.query;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition one module writes for a column of another module's statement, such as identity's
 * visibility rule on {@code c.org_unit_id} of a customer list: the condition is a constant {@link
 * QueryPart} whose text names the column as {@code {column}}; the column is a constant of the
 * caller ({@code name} or {@code alias.name}, checked here to be nothing else). Its parameters are
 * renamed after the column ({@code name_alias_column}), so the same condition on two columns can
 * share a statement.
 */
public final class ColumnCondition {

  /** The placeholder of the column in a condition's text. */
  public static final String COLUMN = "{column}";

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private ColumnCondition() {}

  /** {@code condition} on {@code column}. */
  public static QueryPart on(String column, QueryPart condition) {
    if (column == null || !NAME.matcher(column).matches()) {
      throw new IllegalArgumentException("not a column name: " + column);
    }
    String suffix = "_" + column.replace('.', '_');
    String text = condition.sql().replace(COLUMN, column);
    for (String name : condition.params().keySet()) {
      text =
          Pattern.compile("(?<![:\\w]):" + Pattern.quote(name) + "(?!\\w)")
              .matcher(text)
              .replaceAll(Matcher.quoteReplacement(":" + name + suffix));
    }
    QueryPart part = QueryPart.of(text);
    for (Map.Entry<String, Object> param : condition.params().entrySet()) {
      part = part.with(param.getKey() + suffix, param.getValue());
    }
    return part;
  }
}
