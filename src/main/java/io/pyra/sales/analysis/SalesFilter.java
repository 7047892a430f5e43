package io.pyra.sales.analysis;

import io.pyra.platform.error.BusinessRuleException;
import java.util.UUID;

/**
 * What an analysis is asked about: a period, and optionally an org unit (with the units below it)
 * and an owner. The user's own reach applies on top.
 */
public record SalesFilter(SalesPeriod period, UUID orgUnitId, UUID ownerId) {

  public SalesFilter withPeriod(SalesPeriod other) {
    return new SalesFilter(other, orgUnitId, ownerId);
  }

  /** An id given as text; a malformed one is refused naming {@code field}. */
  public static UUID id(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(field, "type", "sales.analysis.id", field);
    }
  }
}
