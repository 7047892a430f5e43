package io.pyra.customer.directory;

/**
 * How many customers a filter matches, as the list shows it: exact up to {@link #CAP}; beyond it
 * PostgreSQL's estimate ({@code ABOUT}, rounded) or, where there is none, {@code MORE_THAN} the
 * cap.
 */
public record CustomerCount(long value, Precision precision) {

  /** The most rows counted one by one for a list. */
  public static final int CAP = 10_000;

  public enum Precision {
    EXACT,
    ABOUT,
    MORE_THAN
  }

  public boolean exact() {
    return precision == Precision.EXACT;
  }

  /** How many pages of {@code size} the count makes; at least one. */
  public long pages(int size) {
    return Math.max(1, (value + size - 1) / size);
  }

  static CustomerCount exact(long value) {
    return new CustomerCount(value, Precision.EXACT);
  }

  /** An estimate above the cap, to three significant digits (12,437 → 12,400). */
  static CustomerCount about(long estimate) {
    return about(estimate, CAP);
  }

  static CustomerCount about(long estimate, int cap) {
    long value = Math.max(estimate, cap + 1L);
    long unit = 1;
    while (value / unit >= 1000) {
      unit *= 10;
    }
    return new CustomerCount(Math.round((double) value / unit) * unit, Precision.ABOUT);
  }

  static CustomerCount moreThan(int cap) {
    return new CustomerCount(cap, Precision.MORE_THAN);
  }
}
