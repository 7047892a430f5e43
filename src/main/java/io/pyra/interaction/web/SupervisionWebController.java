package io.pyra.interaction.web;

import io.pyra.interaction.supervision.SupervisionBoard;
import io.pyra.interaction.supervision.SupervisionDrillDown;
import io.pyra.interaction.supervision.SupervisionPeriod;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision board (each supervised person's tasks planned, done and overdue, contact records
 * per day or week, quiet customers) and its drill-downs to the records behind the numbers.
 */
@Controller
@PreAuthorize("hasAuthority('supervision.read')")
class SupervisionWebController {

  private final SupervisionBoard board;
  private final SupervisionDrillDown drillDown;
  private final Problems problems;
  private final ZoneId zone;

  SupervisionWebController(
      SupervisionBoard board,
      SupervisionDrillDown drillDown,
      Problems problems,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.board = board;
    this.drillDown = drillDown;
    this.problems = problems;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/supervision")
  String board(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String days,
      Model model,
      Locale locale) {
    SupervisionPeriod period = period(from, to, model, locale);
    int quietDays = quietDays(days, model, locale);
    SupervisionBoard.Board result = board.board(period, quietDays);
    DateTimeFormatter label =
        DateTimeFormatter.ofPattern(period.daily() ? "EEE MM-dd" : "MM-dd", locale);
    List<BoardRow.Column> columns =
        result.columns().stream()
            .map(
                day -> {
                  LocalDate last =
                      period.daily()
                          ? day
                          : day.plusDays(6).isAfter(period.to()) ? period.to() : day.plusDays(6);
                  return new BoardRow.Column(label.format(day), day, last);
                })
            .toList();
    model.addAttribute("board", result);
    model.addAttribute("columns", columns);
    model.addAttribute(
        "rows",
        result.people().stream()
            .map(line -> BoardRow.of(line, period, columns, quietDays))
            .toList());
    return "interaction/supervision/board";
  }

  @GetMapping("/supervision/people/{userId}/tasks")
  String tasks(
      @PathVariable UUID userId,
      @RequestParam(defaultValue = "planned") String list,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    SupervisionDrillDown.Person person = drillDown.person(userId);
    SupervisionDrillDown.TaskList which = taskList(list);
    SupervisionPeriod period = period(from, to, model, locale);
    model.addAttribute("list", which.name().toLowerCase(Locale.ROOT));
    model.addAttribute("titleKey", "supervision.tasks." + which.name().toLowerCase(Locale.ROOT));
    model.addAttribute("tasks", drillDown.tasks(person, which, period));
    return drillDownPage("tasks", person, model);
  }

  @GetMapping("/supervision/people/{userId}/records")
  String records(
      @PathVariable UUID userId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    SupervisionDrillDown.Person person = drillDown.person(userId);
    SupervisionPeriod period = period(from, to, model, locale);
    model.addAttribute("records", drillDown.records(person, period, locale));
    return drillDownPage("records", person, model);
  }

  @GetMapping("/supervision/people/{userId}/customers")
  String customers(
      @PathVariable UUID userId,
      @RequestParam(required = false) String days,
      Model model,
      Locale locale) {
    SupervisionDrillDown.Person person = drillDown.person(userId);
    int quietDays = quietDays(days, model, locale);
    model.addAttribute("customers", drillDown.quietCustomers(person, quietDays));
    return drillDownPage("customers", person, model);
  }

  private String drillDownPage(String name, SupervisionDrillDown.Person person, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("zone", zone);
    model.addAttribute("limit", SupervisionDrillDown.LIMIT);
    return "interaction/supervision/" + name;
  }

  /** The period asked for; the current week, with the reason shown, when it cannot be read. */
  private SupervisionPeriod period(String from, String to, Model model, Locale locale) {
    SupervisionPeriod period;
    try {
      period = SupervisionPeriod.parse(from, to, zone);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().get(0), locale));
      period = SupervisionPeriod.parse(null, null, zone);
    }
    model.addAttribute("period", period);
    return period;
  }

  private int quietDays(String days, Model model, Locale locale) {
    int quietDays = SupervisionBoard.DEFAULT_QUIET_DAYS;
    try {
      if (days != null && !days.isBlank()) {
        quietDays = Integer.parseInt(days.strip());
      }
      SupervisionBoard.checkQuietDays(quietDays);
    } catch (NumberFormatException | BusinessRuleException e) {
      BusinessRuleException rule =
          e instanceof BusinessRuleException b
              ? b
              : new BusinessRuleException("days", "type", "supervision.days.range", 1, 3650);
      model.addAttribute("filterError", problems.message(rule.violations().get(0), locale));
      quietDays = SupervisionBoard.DEFAULT_QUIET_DAYS;
    }
    model.addAttribute("days", quietDays);
    return quietDays;
  }

  private static SupervisionDrillDown.TaskList taskList(String list) {
    try {
      return SupervisionDrillDown.TaskList.valueOf(list.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return SupervisionDrillDown.TaskList.PLANNED;
    }
  }
}
