package io.pyra.sales.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an order says, checked: who bought, when, in which currency at which rate, which lines.
 * {@code exchangeRate} is base-currency units for one unit of {@code currency}.
 */
public record OrderTerms(
    OrderKind kind,
    UUID customerId,
    UUID contactId,
    UUID ownerId,
    UUID orgUnitId,
    UUID opportunityId,
    UUID originalOrderId,
    Instant orderedAt,
    LocalDate orderDay,
    String currency,
    BigDecimal exchangeRate,
    String source,
    LocalDate courseStart,
    LocalDate courseEnd,
    String notes,
    List<OrderLine> lines) {

  public OrderTerms {
    lines = List.copyOf(lines);
  }
}
