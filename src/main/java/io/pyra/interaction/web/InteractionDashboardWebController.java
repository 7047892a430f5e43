package io.pyra.interaction.web;

import io.pyra.interaction.dashboard.TeamDashboard;
import io.pyra.platform.web.Chart;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The content of interaction's dashboard cards (see {@link InteractionDashboard}), loaded by the
 * dashboard with htmx: each a chart and the numbers beside it.
 */
@Controller
@PreAuthorize("hasAuthority('supervision.read')")
class InteractionDashboardWebController {

  private final TeamDashboard dashboard;
  private final MessageSource messages;
  private final ZoneId zone;

  InteractionDashboardWebController(
      TeamDashboard dashboard,
      MessageSource messages,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.dashboard = dashboard;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  /** A row of a card's table: a label and its figures. */
  record Row(String code, String label, List<Long> counts) {}

  @GetMapping("/dashboard/cards/contact-records")
  String records(Model model, Locale locale) {
    TeamDashboard.WeekComparison week = dashboard.recordsThisWeek();
    List<String> days = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      DayOfWeek day = DayOfWeek.MONDAY.plus(i);
      String label = day.getDisplayName(TextStyle.SHORT, locale);
      days.add(label);
      rows.add(
          new Row(
              day.name().toLowerCase(Locale.ROOT),
              label,
              List.of(week.thisWeek().get(i), week.lastWeek().get(i))));
    }
    String thisWeek = message("dashboard.records.thisWeek", locale);
    String lastWeek = message("dashboard.records.lastWeek", locale);
    model.addAttribute("week", week);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "chart",
        new Chart(
            Chart.Kind.COLUMN,
            days,
            List.of(
                new Chart.Series(thisWeek, week.thisWeek()),
                new Chart.Series(lastWeek, week.lastWeek()))));
    return "interaction/dashboard/records :: card";
  }

  @GetMapping("/dashboard/cards/overdue-tasks")
  String overdue(Model model, Locale locale) {
    TeamDashboard.Overdue overdue = dashboard.overdueByPerson();
    model.addAttribute("overdue", overdue);
    model.addAttribute(
        "chart",
        Chart.of(
            Chart.Kind.BAR,
            message("dashboard.overdue.count", locale),
            overdue.people().stream().map(TeamDashboard.PersonCount::name).toList(),
            overdue.people().stream().map(TeamDashboard.PersonCount::count).toList()));
    return "interaction/dashboard/overdue :: card";
  }

  @GetMapping("/dashboard/cards/quiet-customers")
  String quiet(Model model, Locale locale) {
    TeamDashboard.Quiet quiet = dashboard.quietCustomers();
    List<String> labels =
        Arrays.stream(TeamDashboard.QuietGroup.values())
            .map(g -> message("dashboard.quiet.group." + g.name(), locale))
            .toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      rows.add(
          new Row(
              TeamDashboard.QuietGroup.values()[i].name(),
              labels.get(i),
              List.of(quiet.byGroup().get(i))));
    }
    model.addAttribute("quiet", quiet);
    model.addAttribute("rows", rows);
    model.addAttribute("days", TeamDashboard.QUIET_DAYS);
    model.addAttribute("zone", zone);
    model.addAttribute(
        "chart",
        Chart.of(
            Chart.Kind.BAR, message("dashboard.quiet.count", locale), labels, quiet.byGroup()));
    return "interaction/dashboard/quiet :: card";
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
