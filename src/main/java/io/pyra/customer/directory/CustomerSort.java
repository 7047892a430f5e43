package io.pyra.customer.directory;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * The orders of the customer list, each made total by the id as tie-break so that cursor paging
 * never skips or repeats a customer. Written {@code name}, {@code -name} (descending), and so on.
 * {@code tier} puts TOP first, then HIGH, MIDDLE, LOW and the customers without a tier; {@code
 * grade} A, B, C, then none; each by name within (for users who may see customer value only).
 */
public record CustomerSort(Key key, boolean descending) {

  public static final CustomerSort DEFAULT = new CustomerSort(Key.NAME, false);

  /** The sortable columns (their SQL: {@link CustomerOrder}). */
  public enum Key {
    NAME,
    CODE,
    CREATED,
    UPDATED,
    TIER,
    GRADE;

    boolean isTime() {
      return this == CREATED || this == UPDATED;
    }

    /** Whether the order reads the customers' value (tier or grade). */
    public boolean isValue() {
      return this == TIER || this == GRADE;
    }
  }

  public static CustomerSort parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String value = text.strip();
    boolean descending = value.startsWith("-");
    try {
      return new CustomerSort(
          Key.valueOf(value.substring(descending ? 1 : 0).toUpperCase(Locale.ROOT)), descending);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("sort", "one-of", "customers.sort.unknown", value);
    }
  }

  /** As written in a URL: {@code name} or {@code -created}. */
  public String text() {
    return (descending ? "-" : "") + key.name().toLowerCase(Locale.ROOT);
  }

  /** The same column in the other direction. */
  public CustomerSort reversed() {
    return new CustomerSort(key, !descending);
  }
}
