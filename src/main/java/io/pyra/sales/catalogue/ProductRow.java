package io.pyra.sales.catalogue;

import io.pyra.platform.LocalizedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A product in a list, with its category's code and names ({@code null} when it has none). */
public record ProductRow(
    UUID id,
    String code,
    String name,
    String categoryCode,
    LocalizedName categoryName,
    ProductUnit unit,
    BigDecimal listPrice,
    BigDecimal unitCost,
    String currency,
    boolean active,
    LocalDate validFrom,
    LocalDate validTo,
    long version) {

  /** The category's name in the reader's language, {@code null} when there is none. */
  public String categoryName(Locale locale) {
    return categoryName == null ? null : categoryName.in(locale);
  }
}
