package io.pyra.integration.importing;

import java.util.List;
import java.util.function.Supplier;

/**
 * A chunk of rows already parsed and normalized, waiting to be decided (matched against the stored
 * records, validated) and written. {@code decidableAhead}: whether it can be decided on a read of
 * its own while earlier chunks are still being written (a decision made so is checked against what
 * those chunks wrote before it is used). {@code rows}: the rows as the file gave them (a rejected
 * row's cells are kept for the file of rejected rows).
 */
record PreparedChunk(
    int size,
    int lastRow,
    boolean decidableAhead,
    Supplier<ChunkDecision> decision,
    List<SourceRow> rows) {

  /** Decides every row against the stored records as a read shows them now; writes nothing. */
  ChunkDecision decide() {
    return decision.get();
  }
}
