package io.pyra.sales.web;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.validation.InputLimits;
import io.pyra.sales.payment.OrderBalances;
import io.pyra.sales.payment.PayableOrder;
import io.pyra.sales.payment.PayableOrders;
import io.pyra.sales.payment.Payment;
import io.pyra.sales.payment.PaymentService;
import io.pyra.sales.payment.RecordPayment;
import io.pyra.sales.web.PaymentJson.BalanceBody;
import io.pyra.sales.web.PaymentJson.PaymentBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payments of an order over the API: list them with the order's balance, and record one
 * (idempotent with an {@code Idempotency-Key}). An order the caller may not see is not found.
 */
@Tag(name = "Payments")
@RestController
@RequestMapping("/api/v1/orders/{orderId}/payments")
class PaymentRestController {

  /** A payment as a client sends it; money as a decimal string or number. */
  record PaymentRequest(
      @Schema(example = "1200.50", description = "decimal, order currency") @Size(max = 40)
          String amount,
      @Schema(example = "2026-12-05", description = "a day, or a time with offset; now if absent")
          @Size(max = 40)
          String paidAt,
      @Schema(
              example = "TRANSFER",
              description = "CASH, CARD, TRANSFER, ALIPAY, WECHAT, CHEQUE, OTHER")
          @Size(max = 12)
          String method,
      @Schema(description = "may exceed what is outstanding") Boolean prepayment,
      @Size(max = PaymentService.REFERENCE_MAX) String reference) {}

  record PaymentList(List<PaymentBody> items, BalanceBody balance) {}

  private final PaymentService payments;
  private final PayableOrders orders;
  private final OrderBalances balances;
  private final IdempotentRequests idempotency;
  private final InputLimits limits;
  private final CurrentUser currentUser;

  PaymentRestController(
      PaymentService payments,
      PayableOrders orders,
      OrderBalances balances,
      IdempotentRequests idempotency,
      InputLimits limits,
      CurrentUser currentUser) {
    this.payments = payments;
    this.orders = orders;
    this.balances = balances;
    this.idempotency = idempotency;
    this.limits = limits;
    this.currentUser = currentUser;
  }

  @Operation(summary = "The payments of an order, oldest first, and where the order stands today")
  @GetMapping
  PaymentList list(@PathVariable UUID orderId) {
    PayableOrder order = orders.require(orderId);
    return new PaymentList(
        payments.list(orderId).stream().map(p -> PaymentBody.of(p, order.currency())).toList(),
        BalanceBody.of(balances.today(orderId), order.currency()));
  }

  @Operation(summary = "One payment of an order")
  @GetMapping("/{paymentId}")
  PaymentBody get(@PathVariable UUID orderId, @PathVariable UUID paymentId) {
    PayableOrder order = orders.require(orderId);
    return payments.list(orderId).stream()
        .filter(p -> p.id().equals(paymentId))
        .findFirst()
        .map(p -> PaymentBody.of(p, order.currency()))
        .orElseThrow(() -> new RecordNotFoundException("payment", paymentId));
  }

  @Operation(
      summary =
          "Record a payment (payment.write): refused for a draft or cancelled order, a credit note, "
              + "an amount over what is outstanding (unless prepayment), a day after today; an "
              + "Idempotency-Key makes a retry return the first result")
  @PostMapping
  ResponseEntity<PaymentBody> record(
      @PathVariable UUID orderId,
      @RequestBody PaymentRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    PayableOrder order = orders.require(orderId);
    limits.check(request);
    return idempotency.once(
        idempotencyKey,
        currentUser.requireId().value(),
        request,
        () ->
            created(
                orderId,
                payments.record(
                    orderId,
                    new RecordPayment(
                        request.amount(),
                        request.paidAt(),
                        request.method(),
                        request.prepayment(),
                        request.reference())),
                order.currency()),
        first ->
            ResponseEntity.created(URI.create(first.location()))
                .body(
                    get(
                        orderId,
                        UUID.fromString(
                            first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  private static ResponseEntity<PaymentBody> created(
      UUID orderId, Payment payment, String currency) {
    return ResponseEntity.created(
            URI.create("/api/v1/orders/" + orderId + "/payments/" + payment.id()))
        .body(PaymentBody.of(payment, currency));
  }
}
