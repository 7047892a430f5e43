package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderAccess;
import io.pyra.sales.order.OrderDirectory;
import io.pyra.sales.order.OrderFilter;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderLinks;
import io.pyra.sales.order.OrderRow;
import io.pyra.sales.order.OrderService;
import io.pyra.sales.order.OrderStatus;
import io.pyra.sales.order.SaveOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders, contracts and credit notes over the API: create (idempotent with an {@code
 * Idempotency-Key}), read with an ETag, replace with {@code If-Match}, list the orders the caller
 * may see with filters and a cursor, sign, move on and cancel.
 */
@Tag(name = "Orders")
@RestController
@RequestMapping("/api/v1/orders")
class OrderRestController {

  /** An order as a client sends it; numbers as decimal strings (or JSON numbers). */
  record OrderRequest(
      UUID customerId,
      @Size(max = 40) String customerCode,
      @Size(max = 40) String number,
      @Size(max = 12) String kind,
      @Size(max = 12) String status,
      UUID contactId,
      UUID ownerId,
      UUID opportunityId,
      UUID originalOrderId,
      @Size(max = 40) String orderedAt,
      @Size(max = 3) String currency,
      @Size(max = 60) String source,
      @Size(max = 10) String courseStart,
      @Size(max = 10) String courseEnd,
      @Size(max = 2000) String notes,
      @Size(max = 500) List<LineRequest> lines) {}

  /** One line: a product by code or a free description. */
  record LineRequest(
      @Size(max = 40) String productCode,
      @Size(max = 300) String description,
      @Size(max = 40) String quantity,
      @Size(max = 40) String unitPrice,
      @Size(max = 40) String discountPercent,
      @Size(max = 40) String unitCost) {}

  record OrderList(List<OrderJson.Summary> items, String nextCursor) {}

  private final OrderService orders;
  private final OrderDirectory directory;
  private final OrderAccess access;
  private final OrderLinks links;
  private final IdempotentRequests idempotency;
  private final ZoneId zone;

  OrderRestController(
      OrderService orders,
      OrderDirectory directory,
      OrderAccess access,
      OrderLinks links,
      IdempotentRequests idempotency,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.orders = orders;
    this.directory = directory;
    this.access = access;
    this.links = links;
    this.idempotency = idempotency;
    this.zone = ZoneId.of(zone);
  }

  @Operation(
      summary =
          "Write an order, contract or credit note (a draft unless status says SIGNED, ACTIVE or "
              + "COMPLETED, which needs order.sign); an Idempotency-Key makes a retried create "
              + "return the first result")
  @PostMapping
  ResponseEntity<OrderJson> create(
      @RequestBody OrderRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(orders.createNamed(command(request, true))),
        first ->
            created(
                orders.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(summary = "Read one order you may see (order.read on its owner and org unit)")
  @GetMapping("/{id}")
  ResponseEntity<OrderJson> get(@PathVariable UUID id) {
    OrderJson order = read(orders.get(id));
    return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
  }

  @Operation(
      summary =
          "Replace what an order says (If-Match required). A signed order's lines, kind, customer "
              + "and currency stay as they are: amend through a credit note")
  @PutMapping("/{id}")
  ResponseEntity<OrderJson> put(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody OrderRequest request) {
    orders.writable(id);
    long version = ETags.required(ifMatch, OrderService.RECORD_TYPE);
    if (request.status() != null
        && !request.status().isBlank()
        && OrderService.status(request.status()) != orders.get(id).status()) {
      throw new BusinessRuleException("status", "transition", "order.status.by-action");
    }
    orders.change(id, version, command(request, false));
    OrderJson order = read(orders.get(id));
    return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
  }

  @Operation(
      summary =
          "List the orders you may see, newest first. Filters: status (repeatable or "
              + "comma-separated), kind, customerId, ownerId, from and to (order days, both "
              + "included), q (number or customer name); limit (max 200); cursor = nextCursor of "
              + "the previous page")
  @GetMapping
  OrderList list(
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) @Size(max = 12) String kind,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) UUID ownerId,
      @RequestParam(required = false) @Size(max = 10) String from,
      @RequestParam(required = false) @Size(max = 10) String to,
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Size(max = 500) String cursor) {
    Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    if (status != null) {
      status.stream().filter(s -> !s.isBlank()).forEach(s -> statuses.add(OrderService.status(s)));
    }
    if (q != null && q.length() > 200) {
      throw new BusinessRuleException("q", "size", "order.text.size", 200);
    }
    Slice<OrderRow> slice =
        directory.search(
            new OrderFilter(
                statuses, kind(kind), customerId, ownerId, day(from, "from"), day(to, "to"), q),
            cursor,
            limit);
    return new OrderList(
        slice.items().stream().map(OrderJson.Summary::of).toList(), slice.nextCursor());
  }

  @Operation(
      summary = "Sign off an order (order.sign reaching it; If-Match required): it starts to count")
  @PostMapping("/{id}/sign")
  ResponseEntity<OrderJson> sign(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return answer(orders.sign(id, version(ifMatch)));
  }

  @Operation(summary = "The course or service of a signed order has started (If-Match required)")
  @PostMapping("/{id}/activate")
  ResponseEntity<OrderJson> activate(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return answer(orders.move(id, version(ifMatch), OrderStatus.ACTIVE));
  }

  @Operation(summary = "A signed or active order was delivered in full (If-Match required)")
  @PostMapping("/{id}/complete")
  ResponseEntity<OrderJson> complete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return answer(orders.move(id, version(ifMatch), OrderStatus.COMPLETED));
  }

  @Operation(
      summary =
          "Cancel an order (If-Match required): it no longer counts. A completed order is "
              + "returned through a credit note; money received is refunded first")
  @PostMapping("/{id}/cancel")
  ResponseEntity<OrderJson> cancel(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return answer(orders.cancel(id, version(ifMatch)));
  }

  private ResponseEntity<OrderJson> answer(Order changed) {
    OrderJson order = read(orders.get(changed.id()));
    return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
  }

  /** The version the client read: a status change is sent with {@code If-Match} (428 without). */
  private static Long version(String ifMatch) {
    return ETags.required(ifMatch, OrderService.RECORD_TYPE);
  }

  private SaveOrder command(OrderRequest request, boolean create) {
    if (request.lines() != null) {
      for (int i = 0; i < request.lines().size(); i++) {
        if (request.lines().get(i) == null) {
          throw new BusinessRuleException("lines[" + i + "]", "required", "order.line.required");
        }
      }
    }
    return new SaveOrder(
        request.customerId(),
        request.customerCode(),
        request.number(),
        request.kind(),
        create ? request.status() : null,
        request.contactId(),
        request.ownerId(),
        request.opportunityId(),
        request.originalOrderId(),
        instant(request.orderedAt()),
        request.currency(),
        request.source(),
        day(request.courseStart(), "courseStart"),
        day(request.courseEnd(), "courseEnd"),
        request.notes(),
        request.lines() == null
            ? List.of()
            : request.lines().stream()
                .map(
                    l ->
                        new SaveOrder.Line(
                            l.productCode(),
                            l.description(),
                            l.quantity(),
                            l.unitPrice(),
                            l.discountPercent(),
                            l.unitCost()))
                .toList());
  }

  /** An ISO-8601 time with offset, or a day (its start in the company's time zone). */
  private Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("orderedAt", "type", "order.orderedAt.invalid");
    }
  }

  private static LocalDate day(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field, "type", "order.day.invalid");
    }
  }

  private static OrderKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OrderKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("kind", "one-of", "order.kind.unknown", "?");
    }
  }

  private ResponseEntity<OrderJson> created(Order order) {
    return created(read(order));
  }

  /**
   * A new order answered from what its create read and wrote, without reading it back; one written
   * for an owner beyond the writer's {@code order.read} is not found (and rolled back), as reading
   * it back would answer.
   */
  private ResponseEntity<OrderJson> created(OrderService.Created created) {
    Order order = created.order();
    if (!access.sees(order)) {
      throw new RecordNotFoundException("order", order.id());
    }
    return created(
        OrderJson.of(
            order,
            created.customerCode(),
            created.customerName(),
            created.ownerName(),
            created.productCodes()));
  }

  private static ResponseEntity<OrderJson> created(OrderJson body) {
    return ResponseEntity.created(URI.create("/api/v1/orders/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private OrderJson read(Order order) {
    OrderRow row =
        directory
            .find(order.id())
            .orElseThrow(() -> new RecordNotFoundException("order", order.id()));
    return OrderJson.of(
        order,
        row,
        links.codes(
            order.lines().stream()
                .map(l -> l.productId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList()));
  }
}
