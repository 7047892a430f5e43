package io.pyra.integration.importing;

import java.util.List;

/** What a chunk's rows come to (create, update, skip, error), ready to be written. */
interface ChunkDecision {

  /**
   * Whether a chunk written after this decision's read began could have changed it: it wrote a
   * customer this decision matched, or a customer holding a key (code, e-mail, phone) one of its
   * rows carries.
   */
  boolean overtakenBy(Footprint written);

  /** Writes the decision in the caller's transaction and tells what it wrote. */
  Footprint write();

  /** The rows' outcomes, after {@link #write()} when the chunk was written. */
  List<RowOutcome> outcomes();

  /**
   * Whether consecutive rows with the same action and label are one thing (the lines of one order),
   * kept as one run of rows.
   */
  default boolean rowsInRuns() {
    return false;
  }
}
