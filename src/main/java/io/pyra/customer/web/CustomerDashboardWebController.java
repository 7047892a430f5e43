package io.pyra.customer.web;

import io.pyra.customer.LifecycleStage;
import io.pyra.customer.dashboard.NewCustomers;
import io.pyra.platform.web.Chart;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The content of customer's dashboard card, loaded by the dashboard with htmx. */
@Controller
@PreAuthorize("hasAuthority('customer.read')")
class CustomerDashboardWebController {

  private final NewCustomers newCustomers;
  private final MessageSource messages;

  CustomerDashboardWebController(NewCustomers newCustomers, MessageSource messages) {
    this.newCustomers = newCustomers;
    this.messages = messages;
  }

  /** A stage as the card's table shows it. */
  record Row(String code, String label, long count) {}

  @GetMapping("/dashboard/cards/new-customers")
  String newCustomers(Model model, Locale locale) {
    NewCustomers.ByStage byStage = newCustomers.thisMonth();
    List<Row> rows =
        Arrays.stream(LifecycleStage.values())
            .map(
                s ->
                    new Row(
                        s.name(),
                        messages.getMessage("customers.stage." + s.name(), null, s.name(), locale),
                        byStage.counts().get(s)))
            .toList();
    model.addAttribute("byStage", byStage);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "chart",
        Chart.of(
            Chart.Kind.COLUMN,
            messages.getMessage("dashboard.newCustomers.count", null, locale),
            rows.stream().map(Row::label).toList(),
            rows.stream().map(Row::count).toList()));
    return "customer/dashboard/new-customers :: card";
  }
}
