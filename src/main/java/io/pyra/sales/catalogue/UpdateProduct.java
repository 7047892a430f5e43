package io.pyra.sales.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Change a product as a whole, at the {@code version} the writer read ({@code null}: whatever is
 * current); the fields mean what they mean in {@link CreateProduct}, {@code active} {@code null}
 * keeps the flag.
 */
public record UpdateProduct(
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
    String description,
    Long version) {

  ProductDraft draft(boolean currentlyActive) {
    return new ProductDraft(
        code,
        name,
        category,
        unit,
        listPrice,
        unitCost,
        currency,
        active == null ? currentlyActive : active,
        validFrom,
        validTo,
        description);
  }
}
