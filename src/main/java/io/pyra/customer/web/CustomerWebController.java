package io.pyra.customer.web;

import io.pyra.customer.ConsentChannel;
import io.pyra.customer.profile.Consent;
import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.DuplicateCustomerException;
import io.pyra.customer.profile.DuplicateOwners;
import io.pyra.customer.profile.SaveCustomer;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * The pages of one customer: detail, the create/edit form (with the likely-duplicates warning at
 * its top: open, merge, ask the owner or save anyway), delete. The list and search pages live
 * elsewhere ({@code /customers}).
 */
@Controller
class CustomerWebController {

  private final CustomerService customers;
  private final CustomerPageModel pages;
  private final FormErrors formErrors;
  private final Problems problems;
  private final DuplicateOwners owners;
  private final CurrentUser currentUser;

  CustomerWebController(
      CustomerService customers,
      CustomerPageModel pages,
      FormErrors formErrors,
      Problems problems,
      DuplicateOwners owners,
      CurrentUser currentUser) {
    this.owners = owners;
    this.currentUser = currentUser;
    this.customers = customers;
    this.pages = pages;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/customers/{idOrCode}")
  @PreAuthorize("hasAuthority('customer.read')")
  String detail(@PathVariable String idOrCode, Model model, Locale locale) {
    pages.detail(find(idOrCode), model, locale);
    return "customer/customers/detail";
  }

  @GetMapping("/customers/new")
  @PreAuthorize("hasAuthority('customer.create')")
  String create(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      Model model,
      Locale locale) {
    CustomerForm form = new CustomerForm();
    if (phone != null && !phone.isBlank()) {
      form.getPhones().add(new CustomerForm.Row(phone.strip(), null));
    }
    if (email != null && !email.isBlank()) {
      form.getEmails().add(new CustomerForm.Row(email.strip(), null));
    }
    form.padRows();
    return edit(null, form, model, locale);
  }

  @PostMapping("/customers")
  @PreAuthorize("hasAuthority('customer.create')")
  String create(
      @Valid @ModelAttribute("form") CustomerForm form,
      BindingResult binding,
      @RequestParam(required = false) String saveAnyway,
      @RequestParam(required = false) UUID mergeInto,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return edit(null, form, model, locale);
    }
    if (mergeInto != null) {
      // nothing is saved: the merge page shows the form's values beside the existing customer's
      customers.get(mergeInto); // 404 for a customer the user may not read
      if (!mayMerge()) {
        return refuseMerge(null, form, binding, model, locale);
      }
      return "forward:/customers/" + mergeInto + "/merge/new";
    }
    try {
      Customer created = customers.create(command(form, saveAnyway));
      return saved(created, redirect, locale, "customer.created");
    } catch (DuplicateCustomerException e) {
      duplicates(e, saveAnyway, binding, model, locale);
    } catch (BusinessRuleException e) {
      bind(e, binding, locale);
    }
    return edit(null, form, model, locale);
  }

  @GetMapping("/customers/{id}/edit")
  @PreAuthorize("hasAuthority('customer.update')")
  String edit(@PathVariable UUID id, Model model, Locale locale) {
    Customer customer = customers.writable(id, "customer.update");
    return edit(customer.id(), pages.form(customer.id()), model, locale);
  }

  @PostMapping("/customers/{id}")
  @PreAuthorize("hasAuthority('customer.update')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") CustomerForm form,
      BindingResult binding,
      @RequestParam(required = false) String saveAnyway,
      @RequestParam(required = false) UUID mergeInto,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    customers.writable(id, "customer.update");
    if (binding.hasErrors()) {
      return edit(id, form, model, locale);
    }
    if (mergeInto != null) {
      // the edited customer and the chosen one, as stored: the edits on the form are not saved
      customers.get(mergeInto);
      if (!mayMerge()) {
        return refuseMerge(id, form, binding, model, locale);
      }
      return "redirect:/customers/" + mergeInto + "/merge?mergedId=" + id;
    }
    try {
      Customer saved = customers.update(id, command(form, saveAnyway));
      return saved(saved, redirect, locale, "customer.saved");
    } catch (DuplicateCustomerException e) {
      duplicates(e, saveAnyway, binding, model, locale);
    } catch (BusinessRuleException e) {
      bind(e, binding, locale);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      formErrors.stale(binding, locale);
    }
    return edit(id, form, model, locale);
  }

  @PostMapping("/customers/{id}/delete")
  @PreAuthorize("hasAuthority('customer.delete')")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      customers.delete(id, version);
      redirect.addFlashAttribute("success", problems.messageOf("customer.deleted", locale));
      return "redirect:/customers";
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/customers/" + id;
  }

  /**
   * "Ask its owner": the owners of the likely duplicates the user may not open are told (a
   * notification), nothing is saved, and the form comes back as it was, with the warning.
   */
  @PostMapping({"/customers/ask-owner", "/customers/{id}/ask-owner"})
  @PreAuthorize("hasAuthority('customer.create') or hasAuthority('customer.update')")
  String askOwner(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("form") CustomerForm form,
      BindingResult binding,
      Model model,
      Locale locale) {
    if (id != null) {
      customers.writable(id, "customer.update");
    }
    if (binding.hasErrors()) {
      return edit(id, form, model, locale);
    }
    try {
      int asked = owners.ask(form.command(false), id);
      model.addAttribute(
          "ownersAsked",
          asked == 0
              ? problems.messageOf("customer.duplicates.askedNobody", locale)
              // how many were asked is not said: how many hidden customers match is not the user's
              // to count
              : problems.messageOf("customer.duplicates.asked", locale));
      model.addAttribute("duplicates", customers.duplicates(form.command(false), id));
    } catch (BusinessRuleException e) {
      bind(e, binding, locale);
    }
    return edit(id, form, model, locale);
  }

  /**
   * The command to save. "Save anyway" is the user's second, deliberate submit: it needs a reason,
   * which is recorded with the customer.
   */
  private SaveCustomer command(CustomerForm form, String saveAnyway) {
    return form.command(saveAnyway != null);
  }

  private boolean mayMerge() {
    return currentUser.has("customer.merge");
  }

  /** Merging is not this user's to do: nothing saved, the warning again with what they may do. */
  private String refuseMerge(
      UUID id, CustomerForm form, BindingResult binding, Model model, Locale locale) {
    binding.reject("merge", problems.messageOf("customer.duplicates.mayNotMerge", locale));
    try {
      model.addAttribute("duplicates", customers.duplicates(form.command(false), id));
    } catch (BusinessRuleException e) {
      bind(e, binding, locale);
    }
    return edit(id, form, model, locale);
  }

  /** Shows the likely duplicates; "save anyway" without a reason says the reason is missing. */
  private void duplicates(
      DuplicateCustomerException e,
      String saveAnyway,
      BindingResult binding,
      Model model,
      Locale locale) {
    model.addAttribute("duplicates", e.candidates());
    if (saveAnyway != null) {
      binding.rejectValue(
          "duplicateReason",
          "required",
          problems.messageOf("customer.duplicates.reason-required", locale));
    }
  }

  private String saved(Customer customer, RedirectAttributes redirect, Locale locale, String key) {
    redirect.addFlashAttribute("success", problems.messageOf(key, locale, customer.code()));
    return "redirect:/customers/" + customer.id();
  }

  private String edit(UUID id, CustomerForm form, Model model, Locale locale) {
    form.padRows();
    model.addAttribute("form", form);
    pages.editOptions(id, model, locale);
    return "customer/customers/edit";
  }

  private void bind(BusinessRuleException e, BindingResult binding, Locale locale) {
    for (RuleViolation violation : e.violations()) {
      String message = problems.message(violation, locale);
      String path = CustomerForm.path(violation.field());
      try {
        if (path == null) {
          binding.reject(violation.rule(), message);
        } else {
          binding.rejectValue(path, violation.rule(), message);
        }
      } catch (RuntimeException notAFormField) {
        binding.reject(violation.rule(), message);
      }
    }
  }

  private Customer find(String idOrCode) {
    UUID id;
    try {
      id = UUID.fromString(idOrCode);
    } catch (IllegalArgumentException notAnId) {
      return customers
          .byCode(idOrCode)
          .orElseThrow(() -> new RecordNotFoundException("customer", idOrCode));
    }
    return customers.get(id);
  }

  static Set<ConsentChannel> granted(Set<Consent> consents) {
    Set<ConsentChannel> granted = EnumSet.noneOf(ConsentChannel.class);
    consents.stream().filter(Consent::granted).forEach(c -> granted.add(c.channel()));
    return granted;
  }

  static List<String> stages() {
    return java.util.Arrays.stream(io.pyra.customer.LifecycleStage.values())
        .map(Enum::name)
        .toList();
  }
}
