package io.pyra.integration.importing;

import java.util.List;

/**
 * What the import does (or did) with one row: CREATE, UPDATE, SKIP or ERROR, and why; {@code
 * matched} names the stored customer the row was matched to (null: none, or none the importer may
 * see).
 */
public record RowOutcome(
    int rowNumber, String action, String label, List<Problem> problems, Matched matched) {

  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String SKIP = "SKIP";
  public static final String ERROR = "ERROR";

  public RowOutcome(int rowNumber, String action, String label, List<Problem> problems) {
    this(rowNumber, action, label, problems, null);
  }

  /** An error (fatal: the row is not imported) or a repaired defect (not fatal). */
  public record Problem(String column, String field, String rule, String message, boolean fatal) {}

  /** The stored customer a row names: its code and name, and the key: code, email or phone. */
  public record Matched(String code, String name, String key) {}
}
