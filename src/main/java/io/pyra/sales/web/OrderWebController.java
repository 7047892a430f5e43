package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderKind;
import io.pyra.sales.order.OrderLinks;
import io.pyra.sales.order.OrderService;
import io.pyra.sales.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One order's pages: the form for a new order (pre-filled from {@code ?opportunity=}, {@code
 * ?customerId=} or, for a credit note, {@code ?original=}), the detail page with sign / activate /
 * complete / cancel, the edit form and the print page.
 */
@Controller
class OrderWebController {

  private final OrderService orders;
  private final OrderPages pages;
  private final OrderLinks links;
  private final BaseCurrency base;
  private final FormErrors formErrors;
  private final Problems problems;

  OrderWebController(
      OrderService orders,
      OrderPages pages,
      OrderLinks links,
      BaseCurrency base,
      FormErrors formErrors,
      Problems problems) {
    this.orders = orders;
    this.pages = pages;
    this.links = links;
    this.base = base;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @PreAuthorize("hasAuthority('order.write')")
  @GetMapping("/orders/new")
  String create(
      @RequestParam(required = false) UUID opportunity,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) UUID original,
      @RequestParam(required = false) String kind,
      Model model) {
    OrderForm form = new OrderForm();
    form.setOrderedOn(LocalDate.now(pages.zone()));
    form.setCurrency(base.code());
    form.setOwnerId(pages.me());
    if (kind != null && !kind.isBlank()) {
      form.setKind(kind.strip().toUpperCase(Locale.ROOT));
    }
    if (customerId != null && pages.customerCode(customerId) != null) {
      form.setCustomerId(customerId);
      form.setCustomerCode(pages.customerCode(customerId));
    }
    if (opportunity != null) {
      links
          .opportunity(opportunity)
          .ifPresent(
              o -> {
                form.setOpportunityId(o.id());
                if (o.customerId() != null && pages.customerCode(o.customerId()) != null) {
                  form.setCustomerId(o.customerId());
                  form.setCustomerCode(pages.customerCode(o.customerId()));
                }
                form.setCurrency(o.currency());
                OrderForm.LineForm line = new OrderForm.LineForm();
                line.setDescription(o.title());
                line.setQuantity("1");
                line.setUnitPrice(pages.decimal(o.amount()));
                form.getLines().add(line);
              });
    }
    if (original != null) {
      Order from = orders.get(original);
      OrderForm copy =
          OrderForm.of(
              from, pages.customerCode(from.customerId()), pages.productCodes(from), pages.zone());
      form.setKind(OrderKind.CREDIT_NOTE.name());
      form.setOriginalOrderId(from.id());
      form.setCustomerId(from.customerId());
      form.setCustomerCode(copy.getCustomerCode());
      form.setCurrency(from.currency());
      form.setLines(copy.getLines());
    }
    form.padLines(OrderForm.BLANK_ROWS);
    return edit(null, form, model);
  }

  @PreAuthorize("hasAuthority('order.write')")
  @PostMapping("/orders")
  String create(
      @ModelAttribute("form") OrderForm form,
      BindingResult binding,
      @RequestParam(required = false) String more,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (more == null && !binding.hasErrors()) {
      try {
        Order order = orders.create(form.command(pages.zone(), null));
        redirect.addFlashAttribute(
            "success", problems.messageOf("order.created", locale, order.number()));
        return "redirect:/orders/" + order.id();
      } catch (BusinessRuleException e) {
        bind(e, binding, locale);
      }
    }
    form.padLines(more != null ? OrderForm.BLANK_ROWS : 0);
    return edit(null, form, model);
  }

  @PreAuthorize("hasAuthority('order.read')")
  @GetMapping("/orders/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Order order = orders.get(id);
    pages.detail(model, order, orders.mayWrite(order), orders.maySign(order));
    return "sales/orders/detail";
  }

  @PreAuthorize("hasAuthority('order.read')")
  @GetMapping("/orders/{id}/print")
  String print(@PathVariable UUID id, Model model) {
    Order order = orders.get(id);
    pages.detail(model, order, false, false);
    return "sales/orders/print";
  }

  @PreAuthorize("hasAuthority('order.write')")
  @GetMapping("/orders/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    Order order = orders.writable(id);
    OrderForm form =
        OrderForm.of(
            order, pages.customerCode(order.customerId()), pages.productCodes(order), pages.zone());
    if (order.status() == OrderStatus.DRAFT) {
      form.padLines(OrderForm.BLANK_ROWS);
    }
    return edit(order, form, model);
  }

  @PreAuthorize("hasAuthority('order.write')")
  @PostMapping("/orders/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("form") OrderForm form,
      BindingResult binding,
      @RequestParam(required = false) String more,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Order order = orders.writable(id);
    if (more == null && !binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Order saved = orders.change(id, version, form.command(pages.zone(), order.orderedAt()));
        redirect.addFlashAttribute(
            "success", problems.messageOf("order.saved", locale, saved.number()));
        return "redirect:/orders/" + id;
      } catch (BusinessRuleException e) {
        bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    form.padLines(more != null ? OrderForm.BLANK_ROWS : 0);
    return edit(order, form, model);
  }

  /** Sign, activate, complete or cancel; then back to the order. */
  @PreAuthorize("hasAuthority('order.read')")
  @PostMapping("/orders/{id}/status")
  String status(
      @PathVariable UUID id,
      @RequestParam String status,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      OrderStatus next = OrderService.status(status);
      Order order = orders.move(id, version, next);
      redirect.addFlashAttribute(
          "success", problems.messageOf("order.moved." + next.name(), locale, order.number()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/orders/" + id;
  }

  /** Broken rules next to their fields, lines' too ({@code lines[2].quantity}). */
  private void bind(BusinessRuleException e, BindingResult binding, Locale locale) {
    java.util.List<RuleViolation> rest = new java.util.ArrayList<>();
    for (RuleViolation violation : e.violations()) {
      String field = violation.field();
      if (field != null && field.startsWith("lines[") && field.contains("].")) {
        binding.rejectValue(field, violation.rule(), problems.message(violation, locale));
      } else {
        rest.add(violation);
      }
    }
    if (!rest.isEmpty()) {
      formErrors.bind(new BusinessRuleException(rest), binding, locale);
    }
  }

  private String edit(Order order, OrderForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("order", order);
    model.addAttribute("linesFixed", order != null && order.status() != OrderStatus.DRAFT);
    model.addAttribute("now", Instant.now());
    pages.formOptions(model, order != null ? order.customerId() : form.getCustomerId());
    return "sales/orders/edit";
  }
}
