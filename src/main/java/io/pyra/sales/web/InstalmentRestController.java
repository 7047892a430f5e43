package io.pyra.sales.web;

import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.ETags;
import io.pyra.sales.payment.Instalment;
import io.pyra.sales.payment.Instalments;
import io.pyra.sales.payment.OrderBalances;
import io.pyra.sales.payment.PayableOrder;
import io.pyra.sales.payment.PayableOrders;
import io.pyra.sales.web.PaymentJson.BalanceBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment schedule of an order over the API: read it (with the order's version as ETag) and
 * replace it whole with {@code If-Match}. Without a schedule the order is due in full on its day.
 */
@Tag(name = "Payments")
@RestController
@RequestMapping("/api/v1/orders/{orderId}/instalments")
class InstalmentRestController {

  record InstalmentRequest(
      @Schema(example = "2026-12-31") @Size(max = 10) String dueOn,
      @Schema(example = "500.00", description = "decimal, order currency") @Size(max = 40)
          String amount) {}

  /** The whole schedule; its amounts add up to the order's amount; empty removes it. */
  record ScheduleRequest(
      @ArraySchema(maxItems = Instalments.MAX) List<@Valid InstalmentRequest> instalments) {}

  record InstalmentBody(int seq, LocalDate dueOn, BigDecimal amount) {}

  record ScheduleBody(
      UUID orderId,
      long version,
      String currency,
      boolean defaulted,
      List<InstalmentBody> instalments,
      BalanceBody balance) {}

  private final Instalments instalments;
  private final PayableOrders orders;
  private final OrderBalances balances;
  private final InputLimits limits;

  InstalmentRestController(
      Instalments instalments, PayableOrders orders, OrderBalances balances, InputLimits limits) {
    this.instalments = instalments;
    this.orders = orders;
    this.balances = balances;
    this.limits = limits;
  }

  @Operation(
      summary =
          "The payment schedule of an order (defaulted: none stored, due in full on the order's day)")
  @GetMapping
  ResponseEntity<ScheduleBody> get(@PathVariable UUID orderId) {
    ScheduleBody body = read(orderId);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Replace the payment schedule (payment.write, If-Match: the order's version): the amounts "
              + "must add up to the order's amount; an empty list removes the schedule")
  @PutMapping
  ResponseEntity<ScheduleBody> put(
      @PathVariable UUID orderId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ScheduleRequest request) {
    orders.require(orderId);
    long version = ETags.required(ifMatch, "order");
    limits.check(request);
    List<Instalments.NewInstalment> schedule =
        request.instalments() == null
            ? List.of()
            : request.instalments().stream()
                .map(i -> new Instalments.NewInstalment(i.dueOn(), i.amount()))
                .toList();
    instalments.replace(orderId, version, schedule);
    ScheduleBody body = read(orderId);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private ScheduleBody read(UUID orderId) {
    PayableOrder order = orders.require(orderId);
    List<Instalment> stored = instalments.of(orderId);
    List<Instalment> shown =
        stored.isEmpty() ? List.of(new Instalment(1, order.orderDay(), order.amount())) : stored;
    return new ScheduleBody(
        orderId,
        order.version(),
        order.currency(),
        stored.isEmpty(),
        shown.stream().map(i -> new InstalmentBody(i.seq(), i.dueOn(), i.amount())).toList(),
        BalanceBody.of(balances.today(orderId), order.currency()));
  }
}
