package io.pyra.interaction.web;

import io.pyra.customer.CustomerRef;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.record.ContactRecord;
import io.pyra.interaction.record.ContactRecordLockedException;
import io.pyra.interaction.record.ContactRecordQueries;
import io.pyra.interaction.record.ContactRecordService;
import io.pyra.interaction.record.RecordRow;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a contact from the customer's page or the known-caller card, the record's page, and the
 * author's correction within 24 hours.
 */
@Controller
class ContactRecordWebController {

  private final ContactRecordService records;
  private final ContactRecordQueries queries;
  private final CustomerLinks customers;
  private final RecordFormOptions options;
  private final PageTimes times;
  private final FormErrors formErrors;
  private final Problems problems;

  ContactRecordWebController(
      ContactRecordService records,
      ContactRecordQueries queries,
      CustomerLinks customers,
      RecordFormOptions options,
      PageTimes times,
      FormErrors formErrors,
      Problems problems) {
    this.records = records;
    this.queries = queries;
    this.customers = customers;
    this.options = options;
    this.times = times;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/customers/{customerId}/interactions/new")
  @PreAuthorize("hasAuthority('interaction.create')")
  String logForm(@PathVariable UUID customerId, Model model, Locale locale) {
    CustomerRef customer = customers.forPage(customerId, ContactRecordService.CREATE);
    ContactRecordForm form = new ContactRecordForm();
    // to the microsecond the database keeps: the minute shown in the field is not where the visit
    // goes
    form.showOccurredAt(
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), times);
    return form(form, customer, null, model, locale);
  }

  @PostMapping("/customers/{customerId}/interactions")
  @PreAuthorize("hasAuthority('interaction.create')")
  String log(
      @PathVariable UUID customerId,
      @Valid @ModelAttribute("recordForm") ContactRecordForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    CustomerRef customer = customers.forPage(customerId, ContactRecordService.CREATE);
    if (!binding.hasErrors()) {
      try {
        ContactRecord record = records.log(form.command(customer.id().value(), times));
        redirect.addFlashAttribute(
            "success", problems.messageOf("interaction.record.logged", locale, customer.name()));
        return "redirect:/interactions/" + record.id();
      } catch (BusinessRuleException e) {
        model.addAttribute("policyRefused", RecordFormOptions.refusedByPolicy(e));
        formErrors.bind(RecordFormOptions.forForm(e), binding, locale);
      }
    }
    form.forgetPassword();
    return form(form, customer, null, model, locale);
  }

  @GetMapping("/interactions/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  String detail(@PathVariable UUID id, Model model) {
    RecordRow record =
        queries.find(id).orElseThrow(() -> new RecordNotFoundException("contact record", id));
    model.addAttribute("record", record);
    model.addAttribute("times", times);
    model.addAttribute("correctable", records.correctable(records.get(id)));
    return "interaction/records/detail";
  }

  @GetMapping("/interactions/{id}/edit")
  @PreAuthorize("hasAuthority('interaction.create')")
  String editForm(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
    RecordRow record =
        queries.find(id).orElseThrow(() -> new RecordNotFoundException("contact record", id));
    if (!records.correctable(records.get(id))) {
      redirect.addFlashAttribute("error", problems.messageOf(lockKey(record), locale));
      return "redirect:/interactions/" + id;
    }
    CustomerRef customer = customers.forPage(record.customerId(), ContactRecordService.CREATE);
    return form(ContactRecordForm.of(record, times), customer, record, model, locale);
  }

  @PostMapping("/interactions/{id}")
  @PreAuthorize("hasAuthority('interaction.create')")
  String correct(
      @PathVariable UUID id,
      @Valid @ModelAttribute("recordForm") ContactRecordForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    RecordRow record =
        queries.find(id).orElseThrow(() -> new RecordNotFoundException("contact record", id));
    CustomerRef customer = customers.forPage(record.customerId(), ContactRecordService.CREATE);
    if (!binding.hasErrors()) {
      try {
        records.correct(id, form.command(customer.id().value(), times));
        redirect.addFlashAttribute(
            "success", problems.messageOf("interaction.record.corrected", locale));
        return "redirect:/interactions/" + id;
      } catch (ContactRecordLockedException e) {
        redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
        return "redirect:/interactions/" + id;
      } catch (BusinessRuleException e) {
        model.addAttribute("policyRefused", RecordFormOptions.refusedByPolicy(e));
        formErrors.bind(RecordFormOptions.forForm(e), binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      }
    }
    form.forgetPassword();
    return form(form, customer, record, model, locale);
  }

  private String lockKey(RecordRow record) {
    return record.authorId().equals(records.currentUserId())
        ? "interaction.record.fixed"
        : "interaction.record.author-only";
  }

  private String form(
      ContactRecordForm form, CustomerRef customer, RecordRow record, Model model, Locale locale) {
    model.addAttribute("recordForm", form);
    model.addAttribute("record", record);
    options.addTo(model, customer, locale);
    return "interaction/records/edit";
  }
}
