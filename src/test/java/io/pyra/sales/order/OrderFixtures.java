package io.pyra.sales.order;

import io.pyra.platform.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Orders for the unit tests, built with the real domain methods. */
final class OrderFixtures {

  static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
  static final UUID CUSTOMER = Ids.newId();
  static final UUID OWNER = Ids.newId();
  static final UUID UNIT = Ids.newId();

  private OrderFixtures() {}

  static OrderLine line(String quantity, String price, String discount, String cost) {
    return new OrderLine(
        null,
        "Course",
        new BigDecimal(quantity),
        new BigDecimal(price),
        discount == null ? null : new BigDecimal(discount),
        cost == null ? null : new BigDecimal(cost));
  }

  static OrderTerms terms(OrderKind kind, String currency, String rate, OrderLine... lines) {
    return new OrderTerms(
        kind,
        CUSTOMER,
        null,
        OWNER,
        UNIT,
        null,
        null,
        NOW,
        LocalDate.of(2026, 12, 5),
        currency,
        new BigDecimal(rate),
        null,
        null,
        null,
        null,
        List.of(lines));
  }

  static Order draft(OrderKind kind, OrderLine... lines) {
    return new Order("SO-000001", terms(kind, "CNY", "1", lines), OrderStatus.DRAFT, OWNER, NOW);
  }
}
