package io.pyra.platform;

import java.util.regex.Pattern;

/**
 * Text for a cell of an exported CSV file that a spreadsheet shows as text and never runs as a
 * formula (CSV injection): text starting with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe, unless it is a plain number (-300.00, +8613812345678), which a spreadsheet reads as a
 * number and never as a formula.
 */
public final class SpreadsheetText {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private SpreadsheetText() {}

  /** The cell's text: empty for null, guarded as above. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.isEmpty() || !startsLikeAFormula(text.charAt(0))) {
      return text;
    }
    return PLAIN_NUMBER.matcher(text).matches() ? text : "'" + text;
  }

  /** Every value of a row as a guarded cell. */
  public static java.util.List<String> cells(Iterable<?> values) {
    java.util.List<String> cells = new java.util.ArrayList<>();
    for (Object value : values) {
      cells.add(cell(value));
    }
    return cells;
  }

  private static boolean startsLikeAFormula(char first) {
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
