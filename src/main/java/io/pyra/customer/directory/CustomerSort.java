package io.pyra.customer.directory;

import io.pyra.platform.error.BusinessRuleException;
import java.util.Locale;

/**
 * The orders of the customer list, each made total by the id as tie-break so that cursor paging
 * never skips or repeats a customer. Written {@code name}, {@code -name} (descending), and so on.
 */
public record CustomerSort(Key key, boolean descending) {

  public static final CustomerSort DEFAULT = new CustomerSort(Key.NAME, false);

  /** The sortable columns (their SQL: {@link CustomerOrder}). */
  public enum Key {
    NAME,
    CODE,
    CREATED,
    UPDATED;

    boolean isTime() {
      return this == CREATED || this == UPDATED;
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
