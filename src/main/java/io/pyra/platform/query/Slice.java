package io.pyra.platform.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, with the opaque cursor of the page after it ({@code
 * null}: none) and, for the lists that can page back, of the page before it ({@code null}: none or
 * not offered). The whole result is never counted.
 */
public record Slice<T>(List<T> items, String nextCursor, String previousCursor) {

  public Slice {
    items = List.copyOf(items);
  }

  /** A page that only pages forward. */
  public Slice(List<T> items, String nextCursor) {
    this(items, nextCursor, null);
  }

  /** No rows. */
  public static <T> Slice<T> empty() {
    return new Slice<>(List.of(), null);
  }

  /**
   * The page of up to {@code size} rows out of {@code rows}, read with a limit of {@code size + 1}:
   * when the extra row came, there is a next page, whose cursor {@code cursorOf} makes from the
   * last row shown.
   */
  public static <T> Slice<T> of(List<T> rows, int size, Function<? super T, String> cursorOf) {
    if (rows.size() <= size) {
      return new Slice<>(rows, null);
    }
    List<T> page = rows.subList(0, size);
    return new Slice<>(page, cursorOf.apply(page.get(size - 1)));
  }

  /** The same page with its rows turned into others (the cursors stay). */
  public <R> Slice<R> map(Function<? super T, ? extends R> mapping) {
    return new Slice<>(items.stream().<R>map(mapping).toList(), nextCursor, previousCursor);
  }

  /** The page size a request asked for, at least 1 and at most {@code max}. */
  public static int size(int requested, int max) {
    return Math.max(1, Math.min(requested, max));
  }
}
