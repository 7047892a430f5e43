package io.pyra.sales.web;

import io.pyra.sales.catalogue.Product;
import io.pyra.sales.catalogue.ProductRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product as the API shows it: {@code category} is the category's code; prices are exact decimals
 * in {@code currency} (at least two decimals shown), {@code null} when not set.
 */
record ProductJson(
    UUID id,
    String code,
    String name,
    String category,
    @Schema(allowableValues = {"COURSE", "HOUR", "PIECE", "LICENCE"}) String unit,
    BigDecimal listPrice,
    BigDecimal unitCost,
    String currency,
    boolean active,
    LocalDate validFrom,
    LocalDate validTo,
    String description,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ProductJson of(Product p, String categoryCode) {
    return new ProductJson(
        p.id(),
        p.code(),
        p.name(),
        categoryCode,
        p.unit().name(),
        amount(p.listPrice()),
        amount(p.unitCost()),
        p.currency(),
        p.active(),
        p.validFrom(),
        p.validTo(),
        p.description(),
        p.version(),
        p.createdAt(),
        p.updatedAt());
  }

  /** A product of a list (without its description and times). */
  static ProductJson of(ProductRow r) {
    return new ProductJson(
        r.id(),
        r.code(),
        r.name(),
        r.categoryCode(),
        r.unit().name(),
        amount(r.listPrice()),
        amount(r.unitCost()),
        r.currency(),
        r.active(),
        r.validFrom(),
        r.validTo(),
        null,
        r.version(),
        null,
        null);
  }

  /** The amount with as many decimals as it needs, at least two: 1200.00, 0.125. */
  static BigDecimal amount(BigDecimal value) {
    if (value == null) {
      return null;
    }
    return value.setScale(Math.max(2, value.stripTrailingZeros().scale()));
  }
}
