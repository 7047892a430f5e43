package io.pyra.sales.web;

import io.pyra.customer.ContactSummary;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderAccess;
import io.pyra.sales.order.OrderDirectory;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderLinks;
import io.pyra.sales.order.OrderRow;
import io.pyra.sales.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the order pages share: the order with its names, the form's choices, money as shown. */
@Component("orderPages")
public class OrderPages {

  private final OrderDirectory directory;
  private final OrderAccess access;
  private final OrderLinks links;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final BaseCurrency base;
  private final ZoneId zone;

  OrderPages(
      OrderDirectory directory,
      OrderAccess access,
      OrderLinks links,
      CustomerApi customers,
      IdentityApi identity,
      BaseCurrency base,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.directory = directory;
    this.access = access;
    this.links = links;
    this.customers = customers;
    this.identity = identity;
    this.base = base;
    this.zone = ZoneId.of(zone);
  }

  UUID me() {
    return access.me();
  }

  ZoneId zone() {
    return zone;
  }

  OrderRow row(UUID id) {
    return directory.find(id).orElseThrow(() -> new RecordNotFoundException("order", id));
  }

  Map<UUID, String> productCodes(Order order) {
    return links.codes(
        order.lines().stream()
            .map(l -> l.productId())
            .filter(Objects::nonNull)
            .distinct()
            .toList());
  }

  /** The order's page model: the order, its names and who may do what. */
  void detail(Model model, Order order, boolean mayWrite, boolean maySign) {
    OrderRow row = row(order.id());
    model.addAttribute("order", order);
    model.addAttribute("row", row);
    model.addAttribute("productCodes", productCodes(order));
    model.addAttribute("zone", zone);
    model.addAttribute("baseCurrency", base.code());
    model.addAttribute("mayWrite", mayWrite);
    model.addAttribute("maySign", maySign);
    model.addAttribute(
        "contactName",
        order.contactId() == null || order.customerId() == null
            ? null
            : customers.contacts(new CustomerId(order.customerId())).stream()
                .filter(c -> c.id().equals(order.contactId()))
                .map(ContactSummary::name)
                .findFirst()
                .orElse(null));
    model.addAttribute(
        "signerName",
        order.signedBy() == null
            ? null
            : identity.user(new UserId(order.signedBy())).map(u -> u.displayName()).orElse(null));
    model.addAttribute(
        "originalNumber",
        order.originalOrderId() == null
            ? null
            : directory.find(order.originalOrderId()).map(OrderRow::number).orElse(null));
  }

  /** The choices of the order form. */
  void formOptions(Model model, UUID customerId) {
    model.addAttribute("kinds", OrderKind.values());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("me", access.me());
    model.addAttribute("sources", links.sources());
    model.addAttribute("baseCurrency", base.code());
    model.addAttribute(
        "contacts",
        visible(customerId).isEmpty() ? List.of() : customers.contacts(new CustomerId(customerId)));
  }

  /** The code of a customer the user may see, else null. */
  String customerCode(UUID customerId) {
    return visible(customerId).map(c -> c.code()).orElse(null);
  }

  /** The name of a customer the user may see, else null. */
  String customerName(UUID customerId) {
    return visible(customerId).map(c -> c.name()).orElse(null);
  }

  private java.util.Optional<io.pyra.customer.CustomerRef> visible(UUID customerId) {
    return customerId == null
        ? java.util.Optional.empty()
        : customers
            .find(new CustomerId(customerId))
            .filter(c -> customers.reaches("customer.read", c));
  }

  /** An amount rounded to the cent, as the reader writes numbers ("12,800.00"). */
  public String money(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** A quantity, rate or percentage as exact as stored, without trailing zeros. */
  public String decimal(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  public boolean counts(OrderStatus status) {
    return status.counts();
  }
}
