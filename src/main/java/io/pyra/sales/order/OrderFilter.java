package io.pyra.sales.order;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which orders a list shows; a null or empty field does not filter. Days ({@code from}, {@code to},
 * both included) are order days in the company's time zone; {@code text} matches the number or the
 * customer's name.
 */
public record OrderFilter(
    Set<OrderStatus> statuses,
    OrderKind kind,
    UUID customerId,
    UUID ownerId,
    LocalDate from,
    LocalDate to,
    String text) {

  public static OrderFilter none() {
    return new OrderFilter(Set.of(), null, null, null, null, null, null);
  }
}
