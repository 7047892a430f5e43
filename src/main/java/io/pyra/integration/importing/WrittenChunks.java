package io.pyra.integration.importing;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The footprints of the chunks one pass has committed, numbered in commit order, so that a chunk
 * decided ahead can be checked against every chunk committed since its read began. Only the latest
 * are kept: a decision older than those is treated as overtaken.
 */
final class WrittenChunks {

  private static final int KEPT = 8;

  private final ConcurrentSkipListMap<Integer, Footprint> footprints =
      new ConcurrentSkipListMap<>();
  private volatile int committed;

  /** How many chunks were committed when a read begins. */
  int committed() {
    return committed;
  }

  /** Called once the chunk's transaction has committed. */
  void add(Footprint footprint) {
    int number = committed;
    footprints.put(number, footprint);
    footprints.headMap(number - KEPT).clear();
    committed = number + 1;
  }

  /** Whether a decision whose read began after {@code seen} commits is overtaken by a later one. */
  boolean overtake(ChunkDecision decision, int seen) {
    if (seen == committed) {
      return false;
    }
    if (footprints.isEmpty() || footprints.firstKey() > seen) {
      return true;
    }
    return footprints.tailMap(seen).values().stream().anyMatch(decision::overtakenBy);
  }
}
