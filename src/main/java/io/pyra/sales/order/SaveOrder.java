package io.pyra.sales.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order as a user or client describes it, unchecked. The customer is given by id or by code;
 * numbers are text as typed (so that a non-numeric quantity is a broken rule naming its line);
 * {@code number} null generates one; {@code status} null is a draft.
 */
public record SaveOrder(
    UUID customerId,
    String customerCode,
    String number,
    String kind,
    String status,
    UUID contactId,
    UUID ownerId,
    UUID opportunityId,
    UUID originalOrderId,
    Instant orderedAt,
    String currency,
    String source,
    LocalDate courseStart,
    LocalDate courseEnd,
    String notes,
    List<Line> lines) {

  public SaveOrder {
    lines = lines == null ? List.of() : lines;
  }

  /** One line: a product by code, or a free description. */
  public record Line(
      String productCode,
      String description,
      String quantity,
      String unitPrice,
      String discountPercent,
      String unitCost) {

    /** Whether nothing was typed on the line (a blank row of the form). */
    public boolean blank() {
      return isBlank(productCode)
          && isBlank(description)
          && isBlank(quantity)
          && isBlank(unitPrice)
          && isBlank(discountPercent)
          && isBlank(unitCost);
    }

    private static boolean isBlank(String s) {
      return s == null || s.isBlank();
    }
  }
}
