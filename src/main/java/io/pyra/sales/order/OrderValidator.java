package io.pyra.sales.order;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.money.ExchangeRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks an order as described by a user and turns it into {@link OrderTerms}: every broken rule at
 * once, each naming its field ({@code lines[2].quantity}). A customer that does not exist and one
 * the user may not see get the same answer.
 */
@Component
class OrderValidator {

  static final int MAX_LINES = 500;
  static final int NUMBER_MAX = 40;
  static final int NOTES_MAX = 2000;
  static final int DESCRIPTION_MAX = 300;
  static final int SOURCE_MAX = 60;
  static final int CODE_MAX = 40;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  // DECIMAL(19,4) quantities, DECIMAL(19,6) prices: 15 and 13 digits before the point
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("1E15");
  private static final BigDecimal MAX_PRICE = new BigDecimal("1E13");
  // DECIMAL(21,6) amounts: 15 digits before the point
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1E15");

  private final CustomerApi customers;
  private final IdentityApi identity;
  private final OrderAccess access;
  private final OrderLinks links;
  private final ExchangeRates rates;
  private final ZoneId zone;

  OrderValidator(
      CustomerApi customers,
      IdentityApi identity,
      OrderAccess access,
      OrderLinks links,
      ExchangeRates rates,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.customers = customers;
    this.identity = identity;
    this.access = access;
    this.links = links;
    this.rates = rates;
    this.zone = ZoneId.of(zone);
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * The terms with what the checks read on the way, which the answer to a create shows: the
   * customer's code and name, the owner's name and the codes of the lines' products.
   */
  record Checked(
      OrderTerms terms,
      String customerCode,
      String customerName,
      String ownerName,
      Map<UUID, String> productCodes) {}

  /** {@code existing}: the order being changed, or null for a new one. */
  OrderTerms validate(SaveOrder command, Order existing, Instant now) {
    return check(command, existing, now).terms();
  }

  /** The same as {@link #validate}, keeping what the checks read. */
  Checked check(SaveOrder command, Order existing, Instant now) {
    List<RuleViolation> violations = new ArrayList<>();
    OrderKind kind = kind(command.kind(), existing, violations);
    CustomerRef customer = customer(command, existing, violations);
    UUID customerId = customer == null ? null : customer.id().value();
    UUID contactId = command.contactId();
    if (contactId != null
        && customerId != null
        && !customers.isContactOf(contactId, new CustomerId(customerId))) {
      violations.add(new RuleViolation("contactId", "not-found", "order.contact.unknown"));
    }
    Instant orderedAt = command.orderedAt() != null ? command.orderedAt() : now;
    LocalDate orderDay = orderedAt.atZone(zone).toLocalDate();
    String currency = null;
    BigDecimal rate = null;
    try {
      currency = io.pyra.sales.money.Currencies.require(command.currency(), "currency");
      rate = rates.rate(currency, orderDay, "currency");
    } catch (BusinessRuleException e) {
      violations.addAll(e.violations());
    }
    String source = text(command.source(), "source", SOURCE_MAX, violations);
    if (source != null && !links.sourceExists(source)) {
      violations.add(new RuleViolation("source", "not-found", "order.source.unknown", source));
    }
    String notes = text(command.notes(), "notes", NOTES_MAX, violations);
    if (command.courseStart() != null
        && command.courseEnd() != null
        && command.courseEnd().isBefore(command.courseStart())) {
      violations.add(new RuleViolation("courseEnd", "before-start", "order.courseEnd.before"));
    }
    UUID original = command.originalOrderId();
    if (original != null && kind != null && !kind.isCreditNote()) {
      violations.add(
          new RuleViolation("originalOrderId", "credit-note-only", "order.original.not-credit"));
    }
    UUID opportunityId = command.opportunityId();
    if (opportunityId != null && links.opportunity(opportunityId).isEmpty()) {
      violations.add(new RuleViolation("opportunityId", "not-found", "order.opportunity.unknown"));
    }
    Map<UUID, String> productCodes = new HashMap<>();
    List<OrderLine> lines =
        lines(command.lines(), kind, currency, rate, orderDay, violations, productCodes);
    UserSummary owner = owner(command.ownerId(), existing, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    boolean ownerChanged = existing == null || !existing.ownerId().equals(owner.id().value());
    if (ownerChanged && !access.mayOwn(owner)) {
      throw new AccessRefusedException("order.write does not reach user " + owner.id());
    }
    OrderTerms terms =
        new OrderTerms(
            kind,
            customerId,
            contactId,
            owner.id().value(),
            OrgUnitId.valueOrNull(owner.orgUnitId()),
            opportunityId,
            original,
            orderedAt,
            orderDay,
            currency,
            rate,
            source,
            command.courseStart(),
            command.courseEnd(),
            notes,
            lines);
    return new Checked(terms, customer.code(), customer.name(), owner.displayName(), productCodes);
  }

  /** The number given (checked: length, not taken by another order) or null to generate one. */
  String number(String given, UUID except) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String number = given.strip();
    if (number.length() > NUMBER_MAX) {
      throw new BusinessRuleException("number", "size", "order.number.size", NUMBER_MAX);
    }
    if (links.numberTaken(number, except)) {
      throw new BusinessRuleException("number", "unique", "order.number.taken", number);
    }
    return number;
  }

  static OrderStatus status(String value) {
    if (value == null || value.isBlank()) {
      return OrderStatus.DRAFT;
    }
    try {
      return OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("status", "one-of", "order.status.unknown", shortened(value));
    }
  }

  private static OrderKind kind(String value, Order existing, List<RuleViolation> violations) {
    if (value == null || value.isBlank()) {
      return existing == null ? OrderKind.ORDER : existing.kind();
    }
    try {
      return OrderKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation("kind", "one-of", "order.kind.unknown", shortened(value)));
      return null;
    }
  }

  private CustomerRef customer(SaveOrder command, Order existing, List<RuleViolation> violations) {
    Optional<CustomerRef> customer;
    String field;
    if (command.customerId() != null) {
      field = "customerId";
      customer = customers.find(new CustomerId(command.customerId()));
    } else if (command.customerCode() != null && !command.customerCode().isBlank()) {
      field = "customerCode";
      if (command.customerCode().length() > CODE_MAX) {
        violations.add(new RuleViolation(field, "size", "order.customerCode.size", CODE_MAX));
        return null;
      }
      customer = customers.findByCode(command.customerCode());
    } else {
      violations.add(new RuleViolation("customerId", "required", "order.customer.required"));
      return null;
    }
    boolean unchanged =
        existing != null
            && customer.isPresent()
            && customer.get().id().value().equals(existing.customerId());
    if (customer.isEmpty() || (!unchanged && !customers.reaches("customer.read", customer.get()))) {
      violations.add(new RuleViolation(field, "not-found", "order.customer.unknown"));
      return null;
    }
    return customer.get();
  }

  private UserSummary owner(UUID ownerId, Order existing, List<RuleViolation> violations) {
    UUID id = ownerId != null ? ownerId : existing != null ? existing.ownerId() : access.me();
    // the signed-in user was read for this very request: no need to read them again
    Optional<UserSummary> owner =
        access
            .myself()
            .filter(me -> me.id().value().equals(id))
            .or(() -> identity.user(UserId.ofNullable(id)));
    if (owner.isEmpty()) {
      violations.add(new RuleViolation("ownerId", "not-found", "order.owner.unknown"));
      return null;
    }
    if (!owner.get().active() && (existing == null || !existing.ownerId().equals(id))) {
      violations.add(
          new RuleViolation(
              "ownerId", "inactive", "order.owner.inactive", owner.get().displayName()));
    }
    if (owner.get().orgUnitId() == null) {
      violations.add(new RuleViolation("ownerId", "no-org-unit", "order.owner.no-org-unit"));
    }
    return owner.get();
  }

  private List<OrderLine> lines(
      List<SaveOrder.Line> given,
      OrderKind kind,
      String currency,
      BigDecimal rate,
      LocalDate day,
      List<RuleViolation> violations,
      Map<UUID, String> productCodes) {
    List<SaveOrder.Line> typed = given.stream().filter(l -> l != null && !l.blank()).toList();
    if (typed.isEmpty()) {
      violations.add(new RuleViolation("lines", "required", "order.lines.required"));
      return List.of();
    }
    if (typed.size() > MAX_LINES) {
      violations.add(new RuleViolation("lines", "size", "order.lines.size", MAX_LINES));
      return List.of();
    }
    List<OrderLine> lines = new ArrayList<>();
    int index = 0;
    for (SaveOrder.Line line : given) {
      if (line == null || line.blank()) {
        index++;
        continue;
      }
      String at = "lines[" + index + "].";
      index++;
      int before = violations.size();
      OrderLinks.Product product = null;
      String code = line.productCode() == null ? null : line.productCode().strip();
      if (code != null && !code.isEmpty()) {
        if (code.length() > CODE_MAX) {
          violations.add(
              new RuleViolation(
                  at + "productCode", "size", "order.line.productCode.size", CODE_MAX));
        } else {
          product = links.product(code).orElse(null);
          if (product == null) {
            violations.add(
                new RuleViolation(
                    at + "productCode", "not-found", "order.line.product.unknown", code));
          } else {
            productCodes.put(product.id(), product.code());
          }
        }
      }
      String description =
          text(line.description(), at + "description", DESCRIPTION_MAX, violations);
      if (description == null && product != null) {
        description = product.name();
      }
      if (description == null
          && (code == null || code.isEmpty())
          && !hasViolation(violations, before, at + "description")) {
        violations.add(
            new RuleViolation(at + "description", "required", "order.line.description.required"));
      }
      BigDecimal quantity =
          number(line.quantity(), at + "quantity", 4, MAX_QUANTITY, violations, true);
      if (quantity != null) {
        if (quantity.signum() == 0) {
          violations.add(
              new RuleViolation(at + "quantity", "not-zero", "order.line.quantity.zero"));
        } else if (quantity.signum() < 0 && kind != null && !kind.isCreditNote()) {
          violations.add(
              new RuleViolation(at + "quantity", "positive", "order.line.quantity.negative"));
        }
      }
      BigDecimal price =
          number(line.unitPrice(), at + "unitPrice", 6, MAX_PRICE, violations, false);
      if (price == null && product != null && product.listPrice() != null) {
        price = converted(product.listPrice(), product.currency(), currency, rate, day);
      }
      if (price == null && !hasViolation(violations, before, at + "unitPrice")) {
        violations.add(
            new RuleViolation(at + "unitPrice", "required", "order.line.unitPrice.required"));
      } else if (price != null && price.signum() < 0) {
        violations.add(
            new RuleViolation(at + "unitPrice", "not-negative", "order.line.unitPrice.negative"));
      }
      BigDecimal discount =
          number(line.discountPercent(), at + "discountPercent", 4, HUNDRED, violations, false);
      if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0)) {
        violations.add(
            new RuleViolation(at + "discountPercent", "range", "order.line.discount.range"));
      }
      BigDecimal unitCost =
          number(line.unitCost(), at + "unitCost", 6, MAX_PRICE, violations, false);
      if (unitCost == null && product != null && product.unitCost() != null) {
        unitCost = converted(product.unitCost(), product.currency(), currency, rate, day);
      }
      if (unitCost != null && unitCost.signum() < 0) {
        violations.add(
            new RuleViolation(at + "unitCost", "not-negative", "order.line.unitCost.negative"));
      }
      if (violations.size() == before && quantity != null && price != null) {
        BigDecimal signed =
            kind != null && kind.isCreditNote() ? quantity.abs().negate() : quantity;
        OrderLine made =
            new OrderLine(
                product == null ? null : product.id(),
                description,
                signed,
                price,
                discount,
                unitCost);
        if (tooLarge(made.amount(), rate) || tooLarge(made.cost(), rate)) {
          violations.add(new RuleViolation(at + "quantity", "max", "order.line.amount.max"));
        } else {
          lines.add(made);
        }
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal costs = BigDecimal.ZERO;
    for (OrderLine line : lines) {
      total = total.add(line.amount());
      costs = costs.add(line.cost());
    }
    if (tooLarge(total, rate) || tooLarge(costs, rate)) {
      violations.add(new RuleViolation("lines", "max", "order.line.amount.max"));
    }
    return lines;
  }

  /**
   * A catalogue price of {@code from} in the order's currency: through the base currency at the
   * rates of the order's day; null (the user types it) when a rate is missing.
   */
  private BigDecimal converted(
      BigDecimal value, String from, String to, BigDecimal toRate, LocalDate day) {
    if (to == null || from == null || from.equals(to)) {
      return value;
    }
    if (toRate == null) {
      return null;
    }
    Optional<BigDecimal> fromRate;
    try {
      fromRate = Optional.of(rates.rate(from, day, "currency"));
    } catch (BusinessRuleException e) {
      return null;
    }
    return value
        .multiply(fromRate.get())
        .divide(toRate, OrderLine.SCALE, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /** Whether an amount (or its value in the base currency) passes DECIMAL(21,6). */
  private static boolean tooLarge(BigDecimal amount, BigDecimal rate) {
    BigDecimal base = rate == null ? amount : amount.multiply(rate);
    return amount.abs().compareTo(MAX_AMOUNT) >= 0 || base.abs().compareTo(MAX_AMOUNT) >= 0;
  }

  private static boolean hasViolation(List<RuleViolation> violations, int from, String field) {
    return violations.subList(from, violations.size()).stream()
        .anyMatch(v -> field.equals(v.field()));
  }

  /** A decimal as typed: null when blank; a broken rule when not a number or too long. */
  private static BigDecimal number(
      String value,
      String field,
      int scale,
      BigDecimal max,
      List<RuleViolation> violations,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(new RuleViolation(field, "required", "order.line.number.required"));
      }
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      violations.add(
          new RuleViolation(field, "number", "order.line.number.invalid", shortened(value)));
      return null;
    }
    if (Math.max(number.stripTrailingZeros().scale(), 0) > scale) {
      violations.add(new RuleViolation(field, "scale", "order.line.number.scale", scale));
      return null;
    }
    if (number.abs().compareTo(max) >= 0 && !max.equals(HUNDRED)) {
      violations.add(new RuleViolation(field, "max", "order.line.number.max"));
      return null;
    }
    return number;
  }

  private static String text(String value, String field, int max, List<RuleViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      violations.add(new RuleViolation(field, "size", "order.text.size", max));
      return null;
    }
    return text;
  }

  private static String shortened(String value) {
    String text = value.strip();
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
