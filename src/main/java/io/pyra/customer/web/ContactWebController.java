package io.pyra.customer.web;

import io.pyra.customer.contact.ContactService;
import io.pyra.customer.contact.SaveContact;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** Adds, changes and removes contact persons from the customer's detail page. */
@Controller
class ContactWebController {

  private final ContactService contacts;
  private final Problems problems;
  private final FormErrors formErrors;

  ContactWebController(ContactService contacts, Problems problems, FormErrors formErrors) {
    this.contacts = contacts;
    this.problems = problems;
    this.formErrors = formErrors;
  }

  @GetMapping("/customers/{id}/contacts/{contactId}/edit")
  @PreAuthorize("hasAuthority('customer.update')")
  String edit(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
    model.addAttribute("form", ContactForm.of(contacts.get(id, contactId)));
    model.addAttribute("customerId", id);
    model.addAttribute("contactId", contactId);
    return "customer/customers/contact";
  }

  @PostMapping("/customers/{id}/contacts/{contactId}")
  @PreAuthorize("hasAuthority('customer.update')")
  String update(
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        contacts.update(id, contactId, form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("customer.contact.saved", locale, form.getName()));
        return "redirect:/customers/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    model.addAttribute("customerId", id);
    model.addAttribute("contactId", contactId);
    return "customer/customers/contact";
  }

  @PostMapping("/customers/{id}/contacts")
  @PreAuthorize("hasAuthority('customer.update')")
  String add(
      @PathVariable UUID id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String notes,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      contacts.add(id, new SaveContact(name, title, phone, email, notes, null));
      redirect.addFlashAttribute(
          "success", problems.messageOf("customer.contact.added", locale, name));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(
          "error",
          e.violations().stream()
              .map(v -> problems.message(v, locale))
              .collect(Collectors.joining(" ")));
    }
    return "redirect:/customers/" + id;
  }

  @PostMapping("/customers/{id}/contacts/{contactId}/delete")
  @PreAuthorize("hasAuthority('customer.update')")
  String remove(
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      contacts.remove(id, contactId, version);
      redirect.addFlashAttribute("success", problems.messageOf("customer.contact.removed", locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/customers/" + id;
  }
}
