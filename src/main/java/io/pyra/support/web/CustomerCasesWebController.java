package io.pyra.support.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseFilter;
import io.pyra.support.cases.CaseQueue;
import io.pyra.support.cases.CaseRow;
import io.pyra.support.cases.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fragments of the customer's case panels: on the customer page the cases the reader may see,
 * open ones first in queue order, then the resolved and closed ones; on the known-caller card the
 * open ones only. Both offer "New case" to whoever may open one.
 */
@Controller
class CustomerCasesWebController {

  static final int SHOWN = 10;
  static final int SHOWN_ON_CARD = 5;

  private final CustomerApi customers;
  private final CaseQueue queue;
  private final CaseAccess access;
  private final CasePages pages;

  CustomerCasesWebController(
      CustomerApi customers, CaseQueue queue, CaseAccess access, CasePages pages) {
    this.customers = customers;
    this.queue = queue;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping("/customers/{customerId}/cases")
  String panel(@PathVariable UUID customerId, Model model) {
    customers.require("customer.read", new CustomerId(customerId));
    List<CaseRow> rows = new ArrayList<>();
    boolean more = false;
    if (access.has(CaseAccess.READ)) {
      var open = queue.search(of(customerId, CaseStatus.OPEN), null, SHOWN);
      var done =
          queue.search(
              of(customerId, EnumSet.of(CaseStatus.RESOLVED, CaseStatus.CLOSED)), null, SHOWN);
      rows.addAll(open.items());
      rows.addAll(done.items());
      more = open.nextCursor() != null || done.nextCursor() != null;
    }
    return fragment(customerId, rows, more, model, "panel");
  }

  @GetMapping("/customers/{customerId}/cases/card")
  String card(@PathVariable UUID customerId, Model model) {
    customers.require("customer.read", new CustomerId(customerId));
    List<CaseRow> rows = List.of();
    boolean more = false;
    if (access.has(CaseAccess.READ)) {
      var open = queue.search(of(customerId, CaseStatus.OPEN), null, SHOWN_ON_CARD);
      rows = open.items();
      more = open.nextCursor() != null;
    }
    return fragment(customerId, rows, more, model, "card");
  }

  private String fragment(
      UUID customerId, List<CaseRow> rows, boolean more, Model model, String name) {
    model.addAttribute("customerId", customerId);
    model.addAttribute("cases", rows);
    model.addAttribute("more", more);
    model.addAttribute("mayCreate", access.has(CaseAccess.CREATE));
    model.addAttribute("zone", pages.zone());
    model.addAttribute("now", Instant.now());
    return "support/cases/panel :: " + name;
  }

  private static CaseFilter of(UUID customerId, java.util.Set<CaseStatus> statuses) {
    return new CaseFilter(statuses, null, null, customerId, null, null);
  }
}
