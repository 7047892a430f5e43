package io.pyra.support.web;

import io.pyra.customer.CustomerRef;
import io.pyra.interaction.ContactChannel;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.SupportCase;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * One case's pages: the new-case form (for a customer, optionally a contact person, the contact
 * record it came from and the channel), the case page with its workflow buttons and priority
 * override, and the edit form (stale saves are a 409 with a conflict message).
 */
@Controller
@PreAuthorize("hasAuthority('case.read')")
class CaseWebController {

  private static final int UNPROCESSABLE = 422;

  private final CaseService cases;
  private final CaseHistory history;
  private final CasePages pages;
  private final CasePage page;
  private final FormErrors formErrors;
  private final Problems problems;

  CaseWebController(
      CaseService cases,
      CaseHistory history,
      CasePages pages,
      CasePage page,
      FormErrors formErrors,
      Problems problems) {
    this.cases = cases;
    this.history = history;
    this.pages = pages;
    this.page = page;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/cases/new")
  @PreAuthorize("hasAuthority('case.create')")
  String newCase(
      @RequestParam UUID customer,
      @RequestParam(required = false) UUID contact,
      @RequestParam(required = false) UUID record,
      @RequestParam(required = false) String channel,
      Model model,
      Locale locale) {
    CustomerRef ref = pages.customer(customer);
    if (ref == null) {
      throw new RecordNotFoundException("customer", customer);
    }
    CaseForm form = new CaseForm();
    form.setCustomerId(customer);
    form.setContactId(contact);
    form.setRecordId(record);
    form.setChannel(ContactChannel.parse(channel).orElse(ContactChannel.PHONE).name());
    form.setAssigneeId(pages.me());
    form.setTeamId(pages.myTeam());
    return edit(null, form, ref, model, locale);
  }

  @PostMapping("/cases")
  @PreAuthorize("hasAuthority('case.create')")
  String create(
      @Valid @ModelAttribute("form") CaseForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        SupportCase c = cases.open(form.command(null));
        if (form.getRecordId() != null) {
          history.add(
              c,
              CaseEventKind.NOTE,
              "record",
              form.getRecordId().toString(),
              null,
              pages.me(),
              c.createdAt());
        }
        redirect.addFlashAttribute(
            "success", problems.messageOf("case.opened", locale, c.code(), c.subject()));
        return "redirect:/cases/" + c.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(UNPROCESSABLE);
    return edit(null, form, pages.customer(form.getCustomerId()), model, locale);
  }

  @GetMapping("/cases/{id}")
  String detail(@PathVariable UUID id, Model model, Locale locale) {
    page.show(cases.get(id), model, locale);
    return "support/cases/detail";
  }

  @GetMapping("/cases/{id}/edit")
  @PreAuthorize("hasAuthority('case.write')")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    SupportCase c = cases.writable(id);
    return edit(c, CaseForm.of(c), pages.customer(c.customerId()), model, locale);
  }

  @PostMapping("/cases/{id}/edit")
  @PreAuthorize("hasAuthority('case.write')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") CaseForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SupportCase c = cases.writable(id);
    form.setCustomerId(c.customerId());
    int status = UNPROCESSABLE;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        SupportCase saved = cases.change(id, version, form.command(c.categoryId()));
        redirect.addFlashAttribute(
            "success", problems.messageOf("case.saved", locale, saved.code(), saved.subject()));
        return "redirect:/cases/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return edit(cases.get(id), form, pages.customer(c.customerId()), model, locale);
  }

  /** A move through the workflow; a refused one shows the case again with the reason. */
  @PostMapping("/cases/{id}/status")
  @PreAuthorize("hasAuthority('case.write')")
  String transition(
      @PathVariable UUID id,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String resolution,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      SupportCase c = cases.transition(id, version, to, reason, resolution);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "case.moved",
              locale,
              c.code(),
              problems.messageOf("case.status." + c.status().name(), locale)));
      return "redirect:/cases/" + id;
    } catch (BusinessRuleException e) {
      response.setStatus(UNPROCESSABLE);
      model.addAttribute("actionError", problems.message(e.violations().get(0), locale));
      model.addAttribute("resolutionText", resolution);
      model.addAttribute(
          "resolveOpen", e.violations().stream().anyMatch(v -> "resolution".equals(v.field())));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("actionError", problems.messageOf("problem.stale.detail", locale));
    }
    page.show(cases.get(id), model, locale);
    return "support/cases/detail";
  }

  /** A manager's priority with a reason; an empty priority gives back the computed one. */
  @PostMapping("/cases/{id}/priority")
  @PreAuthorize("hasAuthority('case.approve')")
  String priority(
      @PathVariable UUID id,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      SupportCase c = cases.overridePriority(id, level(priority), reason);
      redirect.addFlashAttribute(
          "success", problems.messageOf("case.priority.saved", locale, c.code(), c.priority()));
      return "redirect:/cases/" + id;
    } catch (BusinessRuleException e) {
      response.setStatus(UNPROCESSABLE);
      model.addAttribute("priorityError", problems.message(e.violations().get(0), locale));
      model.addAttribute("priorityReason", reason);
    }
    page.show(cases.get(id), model, locale);
    return "support/cases/detail";
  }

  private static Integer level(String priority) {
    if (priority == null || priority.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(priority.strip());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("priority", "range", "case.priority.range");
    }
  }

  private String edit(
      SupportCase existing, CaseForm form, CustomerRef customer, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("kase", existing);
    pages.formOptions(model, customer, existing, locale);
    return "support/cases/edit";
  }
}
