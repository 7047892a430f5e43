package io.pyra.platform.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads rows by a list of keys bound to one {@code in (:keys)} parameter, a chunk of keys per
 * statement, so that no statement binds more values than a database takes or plans well.
 */
public final class InChunks {

  /** The keys a statement binds when the caller names no other number. */
  public static final int DEFAULT_SIZE = 500;

  private InChunks() {}

  /**
   * The rows {@code read} answers for each chunk of at most {@code size} keys, in the order of the
   * chunks; nothing is read for no keys.
   */
  public static <K, T> List<T> read(List<K> keys, int size, Function<List<K>, List<T>> read) {
    if (size < 1) {
      throw new IllegalArgumentException("a chunk holds at least one key, not " + size);
    }
    List<T> rows = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += size) {
      rows.addAll(read.apply(keys.subList(from, Math.min(keys.size(), from + size))));
    }
    return rows;
  }

  /** The same, {@value #DEFAULT_SIZE} keys a statement. */
  public static <K, T> List<T> read(List<K> keys, Function<List<K>, List<T>> read) {
    return read(keys, DEFAULT_SIZE, read);
  }
}
