package io.pyra.sales.web;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.validation.InputLimits;
import io.pyra.sales.payment.IssueRefund;
import io.pyra.sales.payment.PayableOrder;
import io.pyra.sales.payment.PayableOrders;
import io.pyra.sales.payment.Refund;
import io.pyra.sales.payment.RefundService;
import io.pyra.sales.web.PaymentJson.RefundBody;
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
 * The refunds of an order over the API: list them, and issue one (never more than was paid and not
 * yet refunded; idempotent with an {@code Idempotency-Key}).
 */
@Tag(name = "Payments")
@RestController
@RequestMapping("/api/v1/orders/{orderId}/refunds")
class RefundRestController {

  /** A refund as a client sends it; money as a decimal string or number. */
  record RefundRequest(
      @Schema(example = "200.00", description = "decimal, order currency") @Size(max = 40)
          String amount,
      @Size(max = RefundService.REASON_MAX) String reason,
      @Schema(example = "2026-12-05", description = "a day, or a time with offset; now if absent")
          @Size(max = 40)
          String refundedAt) {}

  record RefundList(List<RefundBody> items) {}

  private final RefundService refunds;
  private final PayableOrders orders;
  private final IdempotentRequests idempotency;
  private final InputLimits limits;
  private final CurrentUser currentUser;

  RefundRestController(
      RefundService refunds,
      PayableOrders orders,
      IdempotentRequests idempotency,
      InputLimits limits,
      CurrentUser currentUser) {
    this.refunds = refunds;
    this.orders = orders;
    this.idempotency = idempotency;
    this.limits = limits;
    this.currentUser = currentUser;
  }

  @Operation(summary = "The refunds of an order, oldest first")
  @GetMapping
  RefundList list(@PathVariable UUID orderId) {
    PayableOrder order = orders.require(orderId);
    return new RefundList(
        refunds.list(orderId).stream().map(r -> RefundBody.of(r, order.currency())).toList());
  }

  @Operation(summary = "One refund of an order")
  @GetMapping("/{refundId}")
  RefundBody get(@PathVariable UUID orderId, @PathVariable UUID refundId) {
    PayableOrder order = orders.require(orderId);
    return refunds.list(orderId).stream()
        .filter(r -> r.id().equals(refundId))
        .findFirst()
        .map(r -> RefundBody.of(r, order.currency()))
        .orElseThrow(() -> new RecordNotFoundException("refund", refundId));
  }

  @Operation(
      summary =
          "Issue a refund (payment.write) with a reason: refused over what was paid and not yet "
              + "refunded, or on a day after today; an Idempotency-Key makes a retry return the first result")
  @PostMapping
  ResponseEntity<RefundBody> issue(
      @PathVariable UUID orderId,
      @RequestBody RefundRequest request,
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
                refunds.issue(
                    orderId,
                    new IssueRefund(request.amount(), request.reason(), request.refundedAt())),
                order.currency()),
        first ->
            ResponseEntity.created(URI.create(first.location()))
                .body(
                    get(
                        orderId,
                        UUID.fromString(
                            first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  private static ResponseEntity<RefundBody> created(UUID orderId, Refund refund, String currency) {
    return ResponseEntity.created(
            URI.create("/api/v1/orders/" + orderId + "/refunds/" + refund.id()))
        .body(RefundBody.of(refund, currency));
  }
}
