package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.payment.Allocation;
import io.pyra.sales.payment.Instalments;
import io.pyra.sales.payment.IssueRefund;
import io.pyra.sales.payment.OrderBalances;
import io.pyra.sales.payment.PayableOrder;
import io.pyra.sales.payment.PayableOrders;
import io.pyra.sales.payment.PaymentMethod;
import io.pyra.sales.payment.PaymentService;
import io.pyra.sales.payment.RecordPayment;
import io.pyra.sales.payment.RefundService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payments section of an order's page, a fragment the order page loads with htmx from {@code
 * /orders/{id}/payments}: the schedule, the payments and refunds, the totals paid, outstanding and
 * overdue, and for finance the forms to record a payment or refund and to change the schedule. Each
 * form posts back with htmx and gets the section again, with the refusal's messages or the new
 * figures; without htmx it returns to the order's page.
 */
@Controller
class PaymentWebController {

  /** Empty rows the schedule form offers beyond the stored instalments. */
  private static final int SPARE_ROWS = 3;

  private final PayableOrders orders;
  private final PaymentService payments;
  private final RefundService refunds;
  private final Instalments instalments;
  private final OrderBalances balances;
  private final Problems problems;

  PaymentWebController(
      PayableOrders orders,
      PaymentService payments,
      RefundService refunds,
      Instalments instalments,
      OrderBalances balances,
      Problems problems) {
    this.orders = orders;
    this.payments = payments;
    this.refunds = refunds;
    this.instalments = instalments;
    this.balances = balances;
    this.problems = problems;
  }

  /** The values a form was sent with, shown again after a refusal. */
  record PaymentForm(
      String amount, String paidAt, String method, boolean prepayment, String reference) {}

  record RefundForm(String amount, String reason, String refundedAt) {}

  record ScheduleRow(String dueOn, String amount) {}

  @GetMapping("/orders/{orderId}/payments")
  String panel(@PathVariable UUID orderId, Model model) {
    return show(orderId, model);
  }

  @PostMapping("/orders/{orderId}/payments")
  String recordPayment(
      @PathVariable UUID orderId,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String paidAt,
      @RequestParam(required = false) String method,
      @RequestParam(required = false) boolean prepayment,
      @RequestParam(required = false) String reference,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      payments.record(orderId, new RecordPayment(amount, paidAt, method, prepayment, reference));
    } catch (BusinessRuleException e) {
      model.addAttribute("paymentErrors", messages(e, locale));
      model.addAttribute(
          "paymentForm", new PaymentForm(amount, paidAt, method, prepayment, reference));
      return show(orderId, model);
    }
    return done(orderId, "sales.payment.recorded", htmx, model, redirect);
  }

  @PostMapping("/orders/{orderId}/refunds")
  String issueRefund(
      @PathVariable UUID orderId,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String refundedAt,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      refunds.issue(orderId, new IssueRefund(amount, reason, refundedAt));
    } catch (BusinessRuleException e) {
      model.addAttribute("refundErrors", messages(e, locale));
      model.addAttribute("refundForm", new RefundForm(amount, reason, refundedAt));
      return show(orderId, model);
    }
    return done(orderId, "sales.refund.issued", htmx, model, redirect);
  }

  @PostMapping("/orders/{orderId}/instalments")
  String replaceSchedule(
      @PathVariable UUID orderId,
      @RequestParam(required = false) Long version,
      @RequestParam(name = "dueOn", required = false) List<String> dueOn,
      @RequestParam(name = "amount", required = false) List<String> amount,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    List<ScheduleRow> rows = rows(dueOn, amount);
    List<Instalments.NewInstalment> schedule =
        rows.stream()
            .filter(r -> !blank(r.dueOn()) || !blank(r.amount()))
            .map(r -> new Instalments.NewInstalment(r.dueOn(), r.amount()))
            .toList();
    try {
      instalments.replace(orderId, version == null ? -1 : version, schedule);
    } catch (BusinessRuleException e) {
      model.addAttribute("scheduleErrors", messages(e, locale));
      model.addAttribute("scheduleRows", rows);
      return show(orderId, model);
    } catch (StaleVersionException e) {
      model.addAttribute(
          "scheduleErrors", List.of(problems.messageOf("sales.instalment.stale", locale)));
      return show(orderId, model);
    }
    return done(orderId, "sales.instalment.saved", htmx, model, redirect);
  }

  private String done(
      UUID orderId, String messageKey, String htmx, Model model, RedirectAttributes redirect) {
    if (htmx == null) {
      redirect.addFlashAttribute("message", messageKey);
      return "redirect:/orders/" + orderId;
    }
    model.addAttribute("savedKey", messageKey);
    return show(orderId, model);
  }

  private String show(UUID orderId, Model model) {
    PayableOrder order = orders.require(orderId);
    var stored = instalments.of(orderId);
    model.addAttribute("order", order);
    model.addAttribute("balance", balances.today(orderId));
    model.addAttribute("schedule", Allocation.schedule(stored, order.orderDay(), order.amount()));
    model.addAttribute("defaulted", stored.isEmpty());
    model.addAttribute("payments", payments.list(orderId));
    model.addAttribute("refunds", refunds.list(orderId));
    model.addAttribute("mayWrite", payments.mayWrite());
    model.addAttribute("methods", PaymentMethod.values());
    model.addAttribute("today", orders.today());
    if (!model.containsAttribute("paymentForm")) {
      model.addAttribute(
          "paymentForm",
          new PaymentForm(
              null, orders.today().toString(), PaymentMethod.TRANSFER.name(), false, null));
    }
    if (!model.containsAttribute("refundForm")) {
      model.addAttribute("refundForm", new RefundForm(null, null, orders.today().toString()));
    }
    if (!model.containsAttribute("scheduleRows")) {
      List<ScheduleRow> rows = new ArrayList<>();
      stored.forEach(
          i ->
              rows.add(
                  new ScheduleRow(
                      i.dueOn().toString(), i.amount().stripTrailingZeros().toPlainString())));
      for (int i = 0; i < SPARE_ROWS; i++) {
        rows.add(new ScheduleRow("", ""));
      }
      model.addAttribute("scheduleRows", rows);
    }
    return "sales/payments/panel :: panel";
  }

  private List<String> messages(BusinessRuleException e, Locale locale) {
    Map<String, Boolean> seen = new HashMap<>();
    List<String> messages = new ArrayList<>();
    for (RuleViolation violation : e.violations()) {
      String message = problems.message(violation, locale);
      if (seen.putIfAbsent(message, true) == null) {
        messages.add(message);
      }
    }
    return messages;
  }

  private static List<ScheduleRow> rows(List<String> dueOn, List<String> amount) {
    List<ScheduleRow> rows = new ArrayList<>();
    int size = Math.max(dueOn == null ? 0 : dueOn.size(), amount == null ? 0 : amount.size());
    for (int i = 0; i < Math.min(size, Instalments.MAX + SPARE_ROWS); i++) {
      rows.add(
          new ScheduleRow(
              dueOn != null && i < dueOn.size() ? dueOn.get(i) : "",
              amount != null && i < amount.size() ? amount.get(i) : ""));
    }
    return rows;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
