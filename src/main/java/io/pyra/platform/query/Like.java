package io.pyra.platform.query;

/**
 * Patterns for {@code like} that match the text literally: {@code %}, {@code _} and the escape
 * character itself lose their meaning. The SQL names the escape character with {@link #ESCAPE}:
 *
 * <pre>{@code
 * "lower(u.email) like :text " + Like.ESCAPE   // a constant
 * .param("text", Like.contains(q.toLowerCase(Locale.ROOT)))
 * }</pre>
 *
 * The same on H2 and PostgreSQL.
 */
public final class Like {

  /** The clause naming the escape character (a backslash), written after the pattern. */
  public static final String ESCAPE = "escape '\\'";

  private Like() {}

  /** The pattern of the texts containing {@code text}. */
  public static String contains(String text) {
    return "%" + escape(text) + "%";
  }

  /** The pattern of the texts starting with {@code text}. */
  public static String startsWith(String text) {
    return escape(text) + "%";
  }

  /** {@code text} with the backslash, {@code %} and {@code _} escaped by a backslash. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
