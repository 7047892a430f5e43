package io.pyra.sales.order;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.OrderCancelled;
import io.pyra.sales.OrderId;
import io.pyra.sales.OrderPlaced;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes orders, contracts and credit notes for the signed-in user: checks the input, who may see,
 * write and sign the order, and the version the user read. Tells the other modules when an order
 * starts to count ({@link OrderPlaced}) and when it is cancelled ({@link OrderCancelled}), in the
 * same transaction (through the outbox).
 */
@Service
@Transactional
public class OrderService {

  public static final String RECORD_TYPE = "sales_order";

  private final OrderRepository orders;
  private final OrderValidator validator;
  private final OrderAccess access;
  private final OrderLinks links;
  private final OrderNumbers numbers;
  private final NewOrders newOrders;
  private final ApplicationEventPublisher events;

  OrderService(
      OrderRepository orders,
      OrderValidator validator,
      OrderAccess access,
      OrderLinks links,
      OrderNumbers numbers,
      NewOrders newOrders,
      ApplicationEventPublisher events) {
    this.orders = orders;
    this.validator = validator;
    this.access = access;
    this.links = links;
    this.numbers = numbers;
    this.newOrders = newOrders;
    this.events = events;
  }

  /**
   * An order just written, with what its answer names as the checks read it: its customer's code
   * and name, its owner's name and its products' codes by id.
   */
  public record Created(
      Order order,
      String customerCode,
      String customerName,
      String ownerName,
      Map<UUID, String> productCodes) {}

  public Order create(SaveOrder command) {
    return createNamed(command).order();
  }

  /**
   * The same as {@link #create}, with the names the answer shows, so that answering needs no second
   * read.
   */
  public Created createNamed(SaveOrder command) {
    if (!access.has(OrderAccess.WRITE)) {
      throw new AccessRefusedException("order.write is needed to write an order");
    }
    OrderStatus status = OrderValidator.status(command.status());
    if (status == OrderStatus.CANCELLED) {
      throw new BusinessRuleException("status", "transition", "order.status.new-cancelled");
    }
    Instant now = Instant.now();
    OrderValidator.Checked checked = validator.check(command, null, now);
    OrderTerms terms = checked.terms();
    String given = validator.number(command.number(), null);
    if (status != OrderStatus.DRAFT && !signable(terms.ownerId(), terms.orgUnitId())) {
      throw new AccessRefusedException("order.sign is needed to write a signed order");
    }
    String number = given != null ? given : numbers.next();
    Order order = new Order(number, terms, status, access.me(), now);
    try {
      newOrders.insert(order);
    } catch (DataIntegrityViolationException e) {
      if (!numberConstraint(e)) {
        throw e;
      }
      // another writer took the number between our check (or the sequence) and our insert
      throw new BusinessRuleException("number", "unique", "order.number.taken", number);
    }
    if (given != null) {
      numbers.taken(List.of(given));
    }
    if (terms.opportunityId() != null) {
      links.opportunityWonBy(terms.opportunityId(), order.id());
    }
    if (status.counts()) {
      events.publishEvent(placed(order));
    }
    return new Created(
        order,
        checked.customerCode(),
        checked.customerName(),
        checked.ownerName(),
        checked.productCodes());
  }

  /** Changes what the order says against the version the user read. */
  public Order change(UUID id, long version, SaveOrder command) {
    Order order = writable(id);
    if (order.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, order.version());
    }
    Instant now = Instant.now();
    UUID opportunityBefore = order.opportunityId();
    OrderTerms terms = validator.validate(command, order, now);
    if (command.number() != null
        && !command.number().isBlank()
        && !command.number().strip().equals(order.number())) {
      throw new BusinessRuleException("number", "fixed", "order.number.fixed");
    }
    order.amend(terms, now);
    orders.saveAndFlush(order);
    if (terms.opportunityId() != null && !terms.opportunityId().equals(opportunityBefore)) {
      links.opportunityWonBy(terms.opportunityId(), order.id());
    }
    return order;
  }

  /** Signed off: needs {@code order.sign} reaching the order; it starts to count. */
  public Order sign(UUID id, Long version) {
    Order order = get(id);
    if (!access.signs(order)) {
      throw new AccessRefusedException("order.sign does not reach order " + order.number());
    }
    checkVersion(order, version);
    order.sign(access.me(), Instant.now());
    orders.saveAndFlush(order);
    events.publishEvent(placed(order));
    return order;
  }

  /** Moves a signed order on: active, completed. */
  public Order move(UUID id, Long version, OrderStatus next) {
    if (next == OrderStatus.SIGNED) {
      return sign(id, version);
    }
    Order order = writable(id);
    checkVersion(order, version);
    Instant now = Instant.now();
    switch (next) {
      case ACTIVE -> order.activate(now);
      case COMPLETED -> order.complete(now);
      case CANCELLED -> {
        return cancel(id, version);
      }
      case SIGNED -> {
        return sign(id, version);
      }
      case DRAFT ->
          throw new BusinessRuleException(
              "status", "transition", "order.status.transition", order.status().name(), "DRAFT");
    }
    orders.saveAndFlush(order);
    return order;
  }

  /** Cancelled: it no longer counts. */
  public Order cancel(UUID id, Long version) {
    Order order = writable(id);
    checkVersion(order, version);
    boolean counted = order.status().counts();
    order.cancel(Instant.now());
    orders.saveAndFlush(order);
    events.publishEvent(
        new OrderCancelled(
            new OrderId(order.id()),
            CustomerId.ofNullable(order.customerId()),
            order.number(),
            order.kind().name(),
            order.orderDay(),
            counted,
            order.amountBase(),
            order.costBase()));
    return order;
  }

  /** The order, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Order get(UUID id) {
    Order order = orders.findById(id).orElseThrow(() -> new RecordNotFoundException("order", id));
    if (!access.sees(order)) {
      throw new RecordNotFoundException("order", id);
    }
    return order;
  }

  /**
   * The order, when the current user may write it: not found when unseen, refused when only seen.
   */
  @Transactional(readOnly = true)
  public Order writable(UUID id) {
    Order order = get(id);
    if (!access.writes(order)) {
      throw new AccessRefusedException("order.write does not reach order " + order.number());
    }
    return order;
  }

  @Transactional(readOnly = true)
  public boolean mayWrite(Order order) {
    return access.writes(order);
  }

  @Transactional(readOnly = true)
  public boolean maySign(Order order) {
    return access.signs(order);
  }

  /** A status by its code; an unknown code is a broken rule naming {@code status}. */
  public static OrderStatus status(String code) {
    return OrderValidator.status(code);
  }

  private boolean signable(UUID ownerId, UUID orgUnitId) {
    return access.has(OrderAccess.SIGN)
        && access
            .visibility(OrderAccess.SIGN)
            .allows(UserId.ofNullable(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  private static void checkVersion(Order order, Long version) {
    if (version != null && order.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, order.version());
    }
  }

  private static boolean numberConstraint(DataIntegrityViolationException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("uq_sales_order_number")) {
        return true;
      }
    }
    return false;
  }

  private static OrderPlaced placed(Order order) {
    return new OrderPlaced(
        new OrderId(order.id()),
        CustomerId.ofNullable(order.customerId()),
        order.number(),
        order.kind().name(),
        order.orderDay(),
        order.currency(),
        order.amount(),
        order.amountBase(),
        order.costBase(),
        UserId.ofNullable(order.ownerId()),
        OrgUnitId.ofNullable(order.orgUnitId()));
  }
}
