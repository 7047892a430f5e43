package io.pyra.integration.importing;

/**
 * A chunk of rows already parsed and normalized, waiting to be decided (matched against the stored
 * records, validated) and written.
 */
interface PreparedChunk {

  int size();

  int lastRow();

  /**
   * Whether the chunk can be decided ahead, on a read of its own, while earlier chunks are still
   * being written; a decision made so is checked against what those chunks wrote before it is used.
   */
  boolean decidableAhead();

  /** Decides every row against the stored records as a read shows them now; writes nothing. */
  ChunkDecision decide();
}
