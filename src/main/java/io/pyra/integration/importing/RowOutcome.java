package io.pyra.integration.importing;

import java.util.List;

/** What the import does (or did) with one row: CREATE, UPDATE, SKIP or ERROR, and why. */
public record RowOutcome(int rowNumber, String action, String label, List<Problem> problems) {

  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String SKIP = "SKIP";
  public static final String ERROR = "ERROR";

  /** An error (fatal: the row is not imported) or a repaired defect (not fatal). */
  public record Problem(String column, String field, String rule, String message, boolean fatal) {}
}
