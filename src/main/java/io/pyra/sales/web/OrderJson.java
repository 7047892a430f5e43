package io.pyra.sales.web;

import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderLine;
import io.pyra.sales.order.OrderRow;
import io.pyra.sales.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order over the API, named as on the page. Money is a decimal string in {@code currency}
 * (exact; at least two decimals); {@code net} is the amount (negative for a credit note); {@code
 * *Base} figures are in the base currency at {@code exchangeRate}.
 */
record OrderJson(
    UUID id,
    String number,
    OrderKind kind,
    OrderStatus status,
    UUID customerId,
    String customerCode,
    String customerName,
    UUID contactId,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    UUID opportunityId,
    UUID originalOrderId,
    Instant orderedAt,
    LocalDate orderDay,
    String currency,
    String exchangeRate,
    List<LineJson> lines,
    String net,
    String cost,
    String margin,
    String amountBase,
    String costBase,
    String paid,
    String refunded,
    String outstanding,
    LocalDate courseStart,
    LocalDate courseEnd,
    String source,
    String notes,
    UUID signedBy,
    Instant signedAt,
    Instant cancelledAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** One line over the API. */
  record LineJson(
      int lineNo,
      UUID productId,
      String productCode,
      String description,
      String quantity,
      String unitPrice,
      String discountPercent,
      String unitCost,
      String amount,
      String cost) {}

  /** An order as a list shows it (without its lines). */
  record Summary(
      UUID id,
      String number,
      OrderKind kind,
      OrderStatus status,
      UUID customerId,
      String customerCode,
      String customerName,
      UUID ownerId,
      String ownerName,
      Instant orderedAt,
      LocalDate orderDay,
      String currency,
      String net,
      String cost,
      String margin,
      String amountBase,
      String paid,
      String outstanding,
      int lineCount,
      long version) {

    static Summary of(OrderRow row) {
      return new Summary(
          row.id(),
          row.number(),
          row.kind(),
          row.status(),
          row.customerId(),
          row.customerCode(),
          row.customerName(),
          row.ownerId(),
          row.ownerName(),
          row.orderedAt(),
          row.orderDay(),
          row.currency(),
          money(row.amount()),
          money(row.cost()),
          money(row.margin()),
          money(row.amountBase()),
          money(row.paid()),
          money(row.outstanding()),
          row.lineCount(),
          row.version());
    }
  }

  static OrderJson of(Order order, OrderRow row, Map<UUID, String> productCodes) {
    return of(order, row.customerCode(), row.customerName(), row.ownerName(), productCodes);
  }

  /** The order with its customer's code and name and its owner's name as the caller read them. */
  static OrderJson of(
      Order order,
      String customerCode,
      String customerName,
      String ownerName,
      Map<UUID, String> productCodes) {
    List<LineJson> lines = new ArrayList<>();
    int no = 1;
    for (OrderLine line : order.lines()) {
      lines.add(
          new LineJson(
              no++,
              line.productId(),
              line.productId() == null ? null : productCodes.get(line.productId()),
              line.description(),
              decimal(line.quantity()),
              money(line.unitPrice()),
              decimal(line.discountPercent()),
              money(line.unitCost()),
              money(line.amount()),
              money(line.cost())));
    }
    return new OrderJson(
        order.id(),
        order.number(),
        order.kind(),
        order.status(),
        order.customerId(),
        customerCode,
        customerName,
        order.contactId(),
        order.ownerId(),
        ownerName,
        order.orgUnitId(),
        order.opportunityId(),
        order.originalOrderId(),
        order.orderedAt(),
        order.orderDay(),
        order.currency(),
        decimal(order.exchangeRate()),
        lines,
        money(order.amount()),
        money(order.cost()),
        money(order.margin()),
        money(order.amountBase()),
        money(order.costBase()),
        money(order.paid()),
        money(order.refunded()),
        money(order.outstanding()),
        order.courseStart(),
        order.courseEnd(),
        order.source(),
        order.notes(),
        order.signedBy(),
        order.signedAt(),
        order.cancelledAt(),
        order.createdAt(),
        order.updatedAt(),
        order.version());
  }

  /** An exact amount as a decimal string with at least two decimals ("1250.00", "0.125"). */
  static String money(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal exact = value.stripTrailingZeros();
    return exact.setScale(Math.max(2, exact.scale())).toPlainString();
  }

  static String decimal(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
