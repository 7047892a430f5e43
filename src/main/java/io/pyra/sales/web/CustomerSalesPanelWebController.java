package io.pyra.sales.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.sales.SalesApi;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fragment of the customer page's sales panel: lifetime and 12-month revenue, margin, the last
 * order, what is outstanding and overdue, and how punctually the customer pays, in the base
 * currency; for a reader of the customer who may see orders.
 */
@Controller
class CustomerSalesPanelWebController {

  private final CustomerApi customers;
  private final CurrentUser currentUser;
  private final SalesApi sales;

  CustomerSalesPanelWebController(CustomerApi customers, CurrentUser currentUser, SalesApi sales) {
    this.customers = customers;
    this.currentUser = currentUser;
    this.sales = sales;
  }

  @GetMapping("/customers/{customerId}/sales")
  String panel(@PathVariable UUID customerId, Model model) {
    CustomerId id = CustomerId.ofNullable(customerId);
    customers.require("customer.read", id);
    if (!currentUser.visibility("order.read").granted()) {
      throw new AccessRefusedException("order.read");
    }
    model.addAttribute("customerId", customerId);
    model.addAttribute("figures", sales.figuresOf(id));
    return "sales/payments/customer :: panel";
  }
}
