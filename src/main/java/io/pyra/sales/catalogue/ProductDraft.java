package io.pyra.sales.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a create or an update asks a product to be, before its rules are checked ({@link
 * Product#violations}); the texts as they came, read stripped.
 */
record ProductDraft(
    String code,
    String name,
    String category,
    String unit,
    BigDecimal listPrice,
    BigDecimal unitCost,
    String currency,
    boolean active,
    LocalDate validFrom,
    LocalDate validTo,
    String description) {

  String cleanCode() {
    return code == null ? "" : code.strip();
  }

  String cleanName() {
    return name == null ? "" : name.strip();
  }

  /** The category's code, {@code null} when none is named. */
  String cleanCategory() {
    return category == null || category.isBlank() ? null : category.strip();
  }

  String cleanCurrency() {
    return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
  }

  /** The description, {@code null} when blank. */
  String cleanDescription() {
    return description == null || description.isBlank() ? null : description.strip();
  }

  /** The same draft in {@code currency} when it names none. */
  ProductDraft inCurrencyIfBlank(String fallback) {
    return currency == null || currency.isBlank()
        ? new ProductDraft(
            code,
            name,
            category,
            unit,
            listPrice,
            unitCost,
            fallback,
            active,
            validFrom,
            validTo,
            description)
        : this;
  }
}
