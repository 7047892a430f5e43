package io.pyra.support.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.support.calendar.BusinessCalendar;
import io.pyra.support.calendar.BusinessCalendarService;
import io.pyra.support.calendar.HolidayImport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business calendars pages: the list and one calendar for whoever works cases or configures
 * support ({@code case.read}, {@code support.configure}); set, change, remove and import holidays
 * for whoever holds {@code support.configure}.
 */
@Controller
@RequestMapping("/business-calendars")
@PreAuthorize("hasAuthority('support.configure')")
class BusinessCalendarWebController {

  private static final String READ = "hasAnyAuthority('case.read', 'support.configure')";
  private static final String LIST = "redirect:/business-calendars";
  private static final int UNPROCESSABLE = 422;

  private final BusinessCalendarService calendars;
  private final IdentityApi identity;
  private final Problems problems;
  private final String companyZone;

  BusinessCalendarWebController(
      BusinessCalendarService calendars,
      IdentityApi identity,
      Problems problems,
      @Value("${pyra.time-zone:Asia/Shanghai}") String companyZone) {
    this.calendars = calendars;
    this.identity = identity;
    this.problems = problems;
    this.companyZone = companyZone;
  }

  @InitBinder("calendarForm")
  void rows(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(400); // 366 holidays and the empty rows, no more
  }

  /** A form row far beyond the holidays' limit: refused, as a bad request, before any binding. */
  @ExceptionHandler(InvalidPropertyException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String beyondTheRows() {
    return "error/4xx";
  }

  @GetMapping
  @PreAuthorize(READ)
  String list(Model model) {
    List<BusinessCalendar> all = calendars.list();
    model.addAttribute("calendars", all);
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("lines", lines(all));
    model.addAttribute("units", unitNames(all));
    return "support/calendar/list";
  }

  @GetMapping("/{id}")
  @PreAuthorize(READ)
  String detail(@PathVariable UUID id, Model model) {
    BusinessCalendar calendar = calendars.get(id);
    model.addAttribute("calendar", calendar);
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("lines", lines(List.of(calendar)));
    model.addAttribute("units", unitNames(List.of(calendar)));
    return "support/calendar/detail";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return edit(BusinessCalendarForm.blank(companyZone), null, model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("calendarForm") BusinessCalendarForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!result.hasErrors()) {
      BusinessCalendarForm.Read read = form.read();
      try {
        if (!read.faults().isEmpty()) {
          throw new BusinessRuleException(read.faults());
        }
        BusinessCalendar saved = calendars.create(read.command());
        return saved(saved, "calendar.saved", locale, redirect);
      } catch (BusinessRuleException e) {
        bind(e, read, result, locale);
      }
    }
    response.setStatus(UNPROCESSABLE);
    form.padRows();
    return edit(form, null, model);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    BusinessCalendar calendar = calendars.get(id);
    return edit(BusinessCalendarForm.of(calendar), calendar, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("calendarForm") BusinessCalendarForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    BusinessCalendar calendar = calendars.get(id);
    int status = UNPROCESSABLE;
    if (!result.hasErrors()) {
      BusinessCalendarForm.Read read = form.read();
      try {
        if (!read.faults().isEmpty()) {
          throw new BusinessRuleException(read.faults());
        }
        return saved(calendars.update(id, read.command()), "calendar.saved", locale, redirect);
      } catch (BusinessRuleException e) {
        bind(e, read, result, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        result.reject("stale", problems.messageOf("problem.stale.detail", locale));
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    form.padRows();
    return edit(form, calendar, model);
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    BusinessCalendar calendar = calendars.get(id);
    try {
      calendars.delete(id, version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("calendar.deleted", locale, calendar.code()));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return LIST;
  }

  @PostMapping("/{id}/holidays/import")
  String importHolidays(
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    calendars.get(id);
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      HolidayImport read = calendars.importHolidays(id, in, null);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "calendar.import.done",
              locale,
              read.holidays().size(),
              read.timed(),
              read.alreadyCovered() + read.outOfRange()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return "redirect:/business-calendars/" + id;
  }

  private String saved(
      BusinessCalendar saved, String key, Locale locale, RedirectAttributes redirect) {
    redirect.addFlashAttribute("success", problems.messageOf(key, locale, saved.code()));
    return LIST;
  }

  /** The faults on the fields they concern: a weekday's line, a holiday row, else the form. */
  private void bind(
      BusinessRuleException e,
      BusinessCalendarForm.Read read,
      BindingResult result,
      Locale locale) {
    for (RuleViolation violation : e.violations()) {
      String message = problems.message(violation, locale);
      String field = violation.field() == null ? null : read.formField(violation.field());
      try {
        if (field == null || field.equals("days") || field.equals("holidays")) {
          result.reject(violation.rule(), message);
        } else {
          result.rejectValue(field, violation.rule(), message);
        }
      } catch (RuntimeException notAField) {
        result.reject(violation.rule(), message);
      }
    }
  }

  private String edit(BusinessCalendarForm form, BusinessCalendar calendar, Model model) {
    model.addAttribute("calendarForm", form);
    model.addAttribute("calendar", calendar);
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute(
        "unitOptions",
        identity.orgUnits().stream()
            .map(u -> List.of(u.id().value().toString(), u.name()))
            .toList());
    return "support/calendar/edit";
  }

  /** Each calendar's working hours by weekday, as one line a day. */
  private static Map<UUID, Map<DayOfWeek, String>> lines(List<BusinessCalendar> all) {
    return all.stream()
        .collect(
            Collectors.toMap(
                BusinessCalendar::id,
                c ->
                    Arrays.stream(DayOfWeek.values())
                        .collect(
                            Collectors.toMap(
                                d -> d, d -> BusinessCalendarForm.line(c.hours(), d)))));
  }

  private Map<UUID, String> unitNames(List<BusinessCalendar> all) {
    List<OrgUnitId> ids = new ArrayList<>();
    for (BusinessCalendar c : all) {
      if (c.orgUnitId() != null) {
        ids.add(new OrgUnitId(c.orgUnitId()));
      }
    }
    return identity.orgUnitNames(ids).entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
  }
}
