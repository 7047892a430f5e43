package io.pyra.interaction.web;

import io.pyra.customer.CustomerRef;
import io.pyra.interaction.job.Countries;
import io.pyra.interaction.job.Job;
import io.pyra.interaction.job.JobQueries;
import io.pyra.interaction.job.JobRow;
import io.pyra.interaction.job.JobService;
import io.pyra.interaction.job.JobStatus;
import io.pyra.interaction.job.ServiceCategories;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.record.ContactRecordQueries;
import io.pyra.interaction.record.RecordFilter;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
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

/** A job's page with its contact records, and the new-job and edit forms. */
@Controller
class JobWebController {

  private final JobService jobs;
  private final JobQueries queries;
  private final ContactRecordQueries records;
  private final CustomerLinks customers;
  private final ServiceCategories categories;
  private final PageTimes times;
  private final FormErrors formErrors;
  private final Problems problems;

  JobWebController(
      JobService jobs,
      JobQueries queries,
      ContactRecordQueries records,
      CustomerLinks customers,
      ServiceCategories categories,
      PageTimes times,
      FormErrors formErrors,
      Problems problems) {
    this.jobs = jobs;
    this.queries = queries;
    this.records = records;
    this.customers = customers;
    this.categories = categories;
    this.times = times;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/jobs/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  String detail(@PathVariable UUID id, Model model) {
    JobRow job = queries.find(id).orElseThrow(() -> new RecordNotFoundException("job", id));
    model.addAttribute("job", job);
    model.addAttribute(
        "records",
        records.search(RecordFilter.ofJob(id), null, ContactRecordQueries.MAX_LIMIT).items());
    model.addAttribute("canManage", customers.reaches(JobService.MANAGE, job.customerId()));
    model.addAttribute("times", times);
    return "interaction/jobs/detail";
  }

  @GetMapping("/customers/{customerId}/jobs/new")
  @PreAuthorize("hasAuthority('job.manage')")
  String createForm(@PathVariable UUID customerId, Model model, Locale locale) {
    CustomerRef customer = customers.forPage(customerId, JobService.MANAGE);
    return form(new JobForm(), customer, null, model, locale);
  }

  @PostMapping("/customers/{customerId}/jobs")
  @PreAuthorize("hasAuthority('job.manage')")
  String create(
      @PathVariable UUID customerId,
      @Valid @ModelAttribute("jobForm") JobForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    CustomerRef customer = customers.forPage(customerId, JobService.MANAGE);
    if (!binding.hasErrors()) {
      try {
        Job job = jobs.create(form.command(customer.id().value()));
        redirect.addFlashAttribute(
            "success", problems.messageOf("interaction.job.saved", locale, job.code()));
        return "redirect:/jobs/" + job.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    return form(form, customer, null, model, locale);
  }

  @GetMapping("/jobs/{id}/edit")
  @PreAuthorize("hasAuthority('job.manage')")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    Job job = jobs.writable(id);
    JobRow row = queries.find(id).orElseThrow();
    return form(
        JobForm.of(row),
        customers.forPage(job.customerId(), JobService.MANAGE),
        row,
        model,
        locale);
  }

  @PostMapping("/jobs/{id}")
  @PreAuthorize("hasAuthority('job.manage')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("jobForm") JobForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Job job = jobs.writable(id);
    JobRow row = queries.find(id).orElseThrow();
    if (!binding.hasErrors()) {
      try {
        jobs.update(id, form.command(job.customerId()));
        redirect.addFlashAttribute(
            "success", problems.messageOf("interaction.job.saved", locale, row.code()));
        return "redirect:/jobs/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      }
    }
    return form(form, customers.forPage(job.customerId(), JobService.MANAGE), row, model, locale);
  }

  private String form(JobForm form, CustomerRef customer, JobRow job, Model model, Locale locale) {
    model.addAttribute("jobForm", form);
    model.addAttribute("job", job);
    model.addAttribute("customer", customer);
    model.addAttribute("countryOptions", Countries.options(locale));
    model.addAttribute(
        "categoryOptions",
        categories.all().stream()
            .filter(c -> c.active())
            .map(c -> List.of(c.code(), c.name(locale)))
            .toList());
    JobStatus current = job == null ? null : job.status();
    model.addAttribute(
        "statusOptions",
        Arrays.stream(JobStatus.values())
            .filter(s -> current == null ? s.initial() : current.canBecome(s))
            .map(
                s ->
                    List.of(
                        s.name(), problems.messageOf("interaction.job.status." + s.name(), locale)))
            .toList());
    return "interaction/jobs/edit";
  }
}
