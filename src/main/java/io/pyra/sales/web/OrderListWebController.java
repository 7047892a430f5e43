package io.pyra.sales.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.sales.order.OrderAccess;
import io.pyra.sales.order.OrderDirectory;
import io.pyra.sales.order.OrderFilter;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderRow;
import io.pyra.sales.order.OrderStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order list: the orders the user may see, newest first, filtered by status, kind, customer,
 * owner, order days and text (number or customer name); cursor paging.
 */
@Controller
class OrderListWebController {

  private static final int PAGE_SIZE = 50;

  private final OrderDirectory directory;
  private final OrderAccess access;
  private final OrderPages pages;

  OrderListWebController(OrderDirectory directory, OrderAccess access, OrderPages pages) {
    this.directory = directory;
    this.access = access;
    this.pages = pages;
  }

  @PreAuthorize("hasAuthority('order.read')")
  @GetMapping("/orders")
  String list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String customerId,
      @RequestParam(defaultValue = "") String owner,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("kind", kind);
    params.put("customerId", customerId);
    params.put("owner", owner);
    params.put("from", from);
    params.put("to", to);
    params.put("q", q);
    Slice<OrderRow> slice;
    try {
      slice = directory.search(filter(params), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      params.replaceAll((k, v) -> "");
      slice = directory.search(OrderFilter.none(), null, PAGE_SIZE);
    }
    model.addAttribute("orders", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("mayWrite", access.has(OrderAccess.WRITE));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "sales/orders/list :: results";
    }
    model.addAttribute("statuses", OrderStatus.values());
    model.addAttribute("kinds", OrderKind.values());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute(
        "customerName", blank(customerId) ? null : pages.customerName(UUID.fromString(customerId)));
    return "sales/orders/list";
  }

  private OrderFilter filter(Map<String, String> p) {
    Set<OrderStatus> statuses =
        blank(p.get("status"))
            ? EnumSet.noneOf(OrderStatus.class)
            : EnumSet.of(OrderStatus.valueOf(p.get("status")));
    return new OrderFilter(
        statuses,
        blank(p.get("kind")) ? null : OrderKind.valueOf(p.get("kind")),
        blank(p.get("customerId")) ? null : UUID.fromString(p.get("customerId")),
        blank(p.get("owner")) ? null : owner(p.get("owner")),
        blank(p.get("from")) ? null : LocalDate.parse(p.get("from")),
        blank(p.get("to")) ? null : LocalDate.parse(p.get("to")),
        blank(p.get("q")) || p.get("q").length() > 200 ? null : p.get("q"));
  }

  private UUID owner(String value) {
    return value.equals("me") ? access.me() : UUID.fromString(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/orders");
    params.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            builder.queryParam(k, v);
          }
        });
    return builder.queryParam("cursor", cursor).encode().build().toUriString();
  }
}
