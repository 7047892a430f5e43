package io.pyra.interaction.web;

import io.pyra.customer.CustomerRef;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.record.ContactRecord;
import io.pyra.interaction.record.ContactRecordQueries;
import io.pyra.interaction.record.ContactRecordService;
import io.pyra.interaction.record.RecordRow;
import io.pyra.interaction.task.SaveTask;
import io.pyra.interaction.task.Task;
import io.pyra.interaction.task.TaskPriority;
import io.pyra.interaction.task.TaskService;
import io.pyra.interaction.task.TaskType;
import io.pyra.interaction.task.UserClock;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The call-log form of the known-caller card ({@link CallLogPanel}): type (the agent's usual one
 * preselected), a one-line subject and notes, saved through the same service as the full contact
 * record form (same validation, visibility, follow-up policy and audit) and answered in place; then
 * the follow-up task in one click, due at the end of the next working day, for the agent.
 */
@Controller
class CallLogWebController {

  /** A follow-up task is due by this time of the next working day, in the agent's time zone. */
  static final LocalTime FOLLOW_UP_DUE = LocalTime.of(17, 0);

  /** The event the card's other panels reload on once a call is logged. */
  static final String LOGGED_EVENT = "pyra-record-logged";

  private final ContactRecordService records;
  private final ContactRecordQueries queries;
  private final CustomerLinks customers;
  private final RecordFormOptions options;
  private final UsualCallType usualType;
  private final TaskService tasks;
  private final UserClock clock;
  private final PageTimes times;
  private final FormErrors formErrors;
  private final Problems problems;

  CallLogWebController(
      ContactRecordService records,
      ContactRecordQueries queries,
      CustomerLinks customers,
      RecordFormOptions options,
      UsualCallType usualType,
      TaskService tasks,
      UserClock clock,
      PageTimes times,
      FormErrors formErrors,
      Problems problems) {
    this.records = records;
    this.queries = queries;
    this.customers = customers;
    this.options = options;
    this.usualType = usualType;
    this.tasks = tasks;
    this.clock = clock;
    this.times = times;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/customers/{customerId}/call-log")
  @PreAuthorize("hasAuthority('interaction.create')")
  String form(
      @PathVariable UUID customerId,
      @RequestParam(defaultValue = "false") boolean focus,
      Model model,
      Locale locale) {
    CustomerRef customer = customers.requireReadable(customerId, "customer", customerId);
    if (!customers.reaches(ContactRecordService.CREATE, customer.id().value())) {
      return "interaction/records/call-log :: call-not-allowed";
    }
    ContactRecordForm form = new ContactRecordForm();
    form.setType(usualType.of(records.currentUserId()));
    return form(form, customer, focus, model, locale);
  }

  @PostMapping("/customers/{customerId}/call-log")
  @PreAuthorize("hasAuthority('interaction.create')")
  String log(
      @PathVariable UUID customerId,
      @Valid @ModelAttribute("recordForm") ContactRecordForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    CustomerRef customer = customers.forPage(customerId, ContactRecordService.CREATE);
    // a call, received now: the compact form has no other channel, direction or time
    form.setChannel("PHONE");
    form.setDirection("INBOUND");
    form.setOccurredAt(null);
    form.setOccurredAtShown(null);
    form.setVersion(null);
    if (!binding.hasErrors()) {
      try {
        ContactRecord record = records.log(form.command(customer.id().value(), times));
        RecordRow row =
            queries
                .find(record.id())
                .orElseThrow(() -> new RecordNotFoundException("contact record", record.id()));
        response.setHeader("HX-Trigger", LOGGED_EVENT);
        model.addAttribute("customer", customer);
        model.addAttribute("record", row);
        model.addAttribute("times", times);
        return "interaction/records/call-log :: call-logged";
      } catch (BusinessRuleException e) {
        model.addAttribute("policyRefused", RecordFormOptions.refusedByPolicy(e));
        formErrors.bind(RecordFormOptions.forForm(e), binding, locale);
      }
    }
    form.forgetPassword();
    // answered 200: htmx swaps only successful answers, and the form with its messages must show
    return form(form, customer, true, model, locale);
  }

  /**
   * The follow-up of a call just logged: a call-back task for the agent, due at the end of the next
   * working day, linked to the call and its customer.
   */
  @PostMapping("/customers/{customerId}/call-log/{recordId}/follow-up")
  @PreAuthorize("hasAuthority('interaction.create')")
  String followUp(
      @PathVariable UUID customerId, @PathVariable UUID recordId, Model model, Locale locale) {
    CustomerRef customer = customers.forPage(customerId, ContactRecordService.CREATE);
    RecordRow row =
        queries
            .find(recordId)
            .filter(r -> r.customerId().equals(customer.id().value()))
            .orElseThrow(() -> new RecordNotFoundException("contact record", recordId));
    ZoneId zone = clock.zone();
    Instant due =
        nextWorkingDay(LocalDate.now(zone)).atTime(FOLLOW_UP_DUE).atZone(zone).toInstant();
    String title = problems.messageOf("task.followUp.record", locale, row.subject());
    if (title.length() > 300) {
      title = title.substring(0, 300);
    }
    model.addAttribute("customer", customer);
    model.addAttribute("record", row);
    model.addAttribute("times", times);
    try {
      Task task =
          tasks.create(
              new SaveTask(
                  customer.id().value(),
                  row.id(),
                  null,
                  title,
                  TaskType.CALL_BACK.name(),
                  null,
                  due,
                  TaskPriority.NORMAL.name(),
                  null));
      model.addAttribute("task", task);
      model.addAttribute("dueShown", times.show(task.dueAt()));
    } catch (BusinessRuleException e) {
      model.addAttribute(
          "taskError",
          e.violations().isEmpty() ? null : problems.message(e.violations().getFirst(), locale));
    }
    return "interaction/records/call-log :: call-logged";
  }

  /** The next day after {@code today} that is neither a Saturday nor a Sunday. */
  static LocalDate nextWorkingDay(LocalDate today) {
    LocalDate day = today.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private String form(
      ContactRecordForm form, CustomerRef customer, boolean focus, Model model, Locale locale) {
    model.addAttribute("recordForm", form);
    model.addAttribute("focus", focus);
    options.addTo(model, customer, locale);
    return "interaction/records/call-log :: call-form";
  }
}
