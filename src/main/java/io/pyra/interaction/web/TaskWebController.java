package io.pyra.interaction.web;

import io.pyra.interaction.task.Task;
import io.pyra.interaction.task.TaskDirectory;
import io.pyra.interaction.task.TaskRow;
import io.pyra.interaction.task.TaskService;
import io.pyra.interaction.task.TaskSources;
import io.pyra.interaction.task.TaskStatus;
import io.pyra.interaction.task.TaskType;
import io.pyra.interaction.task.UserClock;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * One task's pages: the new-task form (pre-filled as a follow-up from {@code ?customerId=}, {@code
 * recordId=}, {@code jobId=}), the detail page with start / done / cancel, and the edit form.
 */
@Controller
class TaskWebController {

  private final TaskService tasks;
  private final TaskDirectory directory;
  private final TaskSources sources;
  private final TaskPages pages;
  private final UserClock clock;
  private final FormErrors formErrors;
  private final Problems problems;

  TaskWebController(
      TaskService tasks,
      TaskDirectory directory,
      TaskSources sources,
      TaskPages pages,
      UserClock clock,
      FormErrors formErrors,
      Problems problems) {
    this.tasks = tasks;
    this.directory = directory;
    this.sources = sources;
    this.pages = pages;
    this.clock = clock;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/tasks/new")
  String create(
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) UUID recordId,
      @RequestParam(required = false) UUID jobId,
      Model model,
      Locale locale) {
    TaskSources.Source source = sources.forNewTask(customerId, recordId, jobId);
    ZoneId zone = clock.zone();
    TaskForm form = new TaskForm();
    form.setCustomerId(source.customerId());
    form.setRecordId(source.recordId());
    form.setJobId(source.jobId());
    form.setAssigneeId(pages.me());
    form.setType(TaskType.CALL_BACK.name());
    form.setPriority("NORMAL");
    form.setDueAt(
        TaskForm.LOCAL.format(
            clock.today(Instant.now()).date().plusDays(1).atTime(LocalTime.of(9, 0))));
    if (source.recordSubject() != null) {
      form.setTitle(problems.messageOf("task.followUp.record", locale, source.recordSubject()));
    } else if (source.customerName() != null) {
      form.setTitle(problems.messageOf("task.followUp.customer", locale, source.customerName()));
    }
    return edit(null, form, source, model);
  }

  @PostMapping("/tasks")
  String create(
      @Valid @ModelAttribute("form") TaskForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (form.getCustomerId() == null
        && form.getCustomerCode() != null
        && !form.getCustomerCode().isBlank()) {
      sources
          .customerByCode(form.getCustomerCode())
          .ifPresentOrElse(
              form::setCustomerId,
              () ->
                  binding.rejectValue(
                      "customerCode",
                      "not-found",
                      problems.messageOf(
                          "task.customer.code-unknown", locale, form.getCustomerCode())));
    }
    if (!binding.hasErrors()) {
      try {
        Task task = tasks.create(form.command(clock.zone()));
        redirect.addFlashAttribute(
            "success", problems.messageOf("task.created", locale, task.title()));
        return "redirect:/tasks/" + task.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    TaskSources.Source source = sourceOf(form);
    if (source.customerId() == null
        && form.getCustomerCode() != null
        && !form.getCustomerCode().isBlank()) {
      form.setCustomerId(null); // a code for a customer the user may not see: let them type another
    }
    return edit(null, form, source, model);
  }

  @GetMapping("/tasks/{id}")
  String detail(@PathVariable UUID id, Model model) {
    TaskRow task = row(id);
    model.addAttribute("task", task);
    model.addAttribute("source", sources.of(task));
    model.addAttribute("mayChange", tasks.mayChange(tasks.get(id)));
    model.addAttribute("zone", clock.zone());
    model.addAttribute("now", Instant.now());
    return "interaction/tasks/detail";
  }

  @GetMapping("/tasks/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    tasks.writable(id);
    TaskRow task = row(id);
    return edit(task, TaskForm.of(task, clock.zone()), sources.of(task), model);
  }

  @PostMapping("/tasks/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") TaskForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    tasks.writable(id);
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Task task = tasks.change(id, version, form.command(clock.zone()), null);
        redirect.addFlashAttribute(
            "success", problems.messageOf("task.saved", locale, task.title()));
        return "redirect:/tasks/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    TaskRow task = row(id);
    return edit(task, form, sources.of(task), model);
  }

  /** Start, done, cancel or back to open; then back to the page the button was on. */
  @PostMapping("/tasks/{id}/status")
  String status(
      @PathVariable UUID id,
      @RequestParam String status,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String returnTo,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      TaskStatus next = TaskService.status(status);
      Task task = tasks.change(id, version == null ? -1 : version, null, next);
      redirect.addFlashAttribute(
          "success", problems.messageOf("task.moved." + next.name(), locale, task.title()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:" + TaskPages.returnTo(returnTo, id);
  }

  private TaskRow row(UUID id) {
    return directory.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
  }

  private TaskSources.Source sourceOf(TaskForm form) {
    try {
      return sources.forNewTask(form.getCustomerId(), form.getRecordId(), form.getJobId());
    } catch (RuntimeException notVisible) {
      return new TaskSources.Source(null, null, null, null, null, null, null, null);
    }
  }

  private String edit(TaskRow task, TaskForm form, TaskSources.Source source, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("task", task);
    pages.formOptions(
        model,
        source,
        task == null ? null : task.assigneeId(),
        task == null ? null : task.assigneeName());
    return "interaction/tasks/edit";
  }
}
