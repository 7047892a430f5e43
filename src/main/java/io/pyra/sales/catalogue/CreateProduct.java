package io.pyra.sales.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Add a product, course or service: {@code category} is the category's code (blank: none), {@code
 * unit} one of {@link ProductUnit}, {@code currency} an ISO 4217 code (blank: the base currency),
 * {@code active} {@code null} for active.
 */
public record CreateProduct(
    String code,
    String name,
    String category,
    String unit,
    BigDecimal listPrice,
    BigDecimal unitCost,
    String currency,
    Boolean active,
    LocalDate validFrom,
    LocalDate validTo,
    String description) {

  ProductDraft draft() {
    return new ProductDraft(
        code,
        name,
        category,
        unit,
        listPrice,
        unitCost,
        currency,
        active == null || active,
        validFrom,
        validTo,
        description);
  }
}
