package io.pyra.analytics.rfm;

import java.util.List;

/**
 * The named RFM segments, by recency and frequency scores (1–5, 5 best), the first that matches
 * wins; together they cover every pair of scores: the usual map from customers who bought lately
 * and often (champions) down to those who bought long ago and seldom (hibernating).
 */
public enum RfmSegment {
  CHAMPIONS(4, 5, 4, 5),
  CANNOT_LOSE(1, 1, 4, 5),
  NEED_ATTENTION(3, 3, 3, 3),
  LOYAL(3, 5, 3, 5),
  AT_RISK(1, 2, 2, 5),
  NEW(4, 5, 1, 1),
  POTENTIAL(3, 5, 1, 2),
  ABOUT_TO_SLEEP(2, 2, 1, 1),
  HIBERNATING(1, 1, 1, 1);

  private final int rFrom;
  private final int rTo;
  private final int fFrom;
  private final int fTo;

  RfmSegment(int rFrom, int rTo, int fFrom, int fTo) {
    this.rFrom = rFrom;
    this.rTo = rTo;
    this.fFrom = fFrom;
    this.fTo = fTo;
  }

  /** The segment of recency score {@code r} and frequency score {@code f}. */
  public static RfmSegment of(int r, int f) {
    for (RfmSegment segment : values()) {
      if (r >= segment.rFrom && r <= segment.rTo && f >= segment.fFrom && f <= segment.fTo) {
        return segment;
      }
    }
    return HIBERNATING;
  }

  /** Every segment, in the order they are tried. */
  public static List<RfmSegment> all() {
    return List.of(values());
  }
}
