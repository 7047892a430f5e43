package io.pyra.integration.importing;

import java.util.List;
import java.util.function.Function;

/**
 * A chunk of rows already parsed and normalized, waiting to be decided (matched against the stored
 * records, validated, written when {@code write}) in the importer's transaction.
 */
record PreparedChunk(int size, int lastRow, Function<Boolean, List<RowOutcome>> decision) {

  List<RowOutcome> decide(boolean write) {
    return decision.apply(write);
  }
}
