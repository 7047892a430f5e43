package io.pyra.sales.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Products built with the real domain methods, for unit and slice tests. */
public final class ProductFixtures {

  private ProductFixtures() {}

  /** A valid course: IELTS-7, 12,800.00 CNY list price, 5,000.00 unit cost. */
  static ProductDraft ieltsCourse() {
    return new ProductDraft(
        "IELTS-7",
        "IELTS preparation, band 7",
        "EXAM_PREPARATION",
        "COURSE",
        new BigDecimal("12800.00"),
        new BigDecimal("5000"),
        "CNY",
        true,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "Twelve weeks, evenings");
  }

  /** The IELTS course as a saved product (without a category). */
  public static Product product() {
    return Product.create(ieltsCourse(), null, Instant.parse("2026-12-05T08:00:00Z"));
  }

  /** The same product in a category. */
  public static Product product(UUID categoryId) {
    return Product.create(ieltsCourse(), categoryId, Instant.parse("2026-12-05T08:00:00Z"));
  }

  /** A category as a new term (its names are set by the taxonomy, so they are empty here). */
  public static ProductCategory category(UUID parentId, String code) {
    return new ProductCategory(parentId, code);
  }
}
