package io.pyra.scheduling.web;

import io.pyra.platform.web.Chart;
import io.pyra.scheduling.report.FillLine;
import io.pyra.scheduling.report.FillReport;
import io.pyra.scheduling.report.FillTotal;
import io.pyra.scheduling.report.RevenueLine;
import io.pyra.scheduling.report.RevenueReport;
import io.pyra.scheduling.report.RevenueTotal;
import io.pyra.scheduling.report.SessionFill;
import io.pyra.scheduling.report.UsageLine;
import io.pyra.scheduling.report.UsageReport;
import io.pyra.scheduling.report.UsageTotal;
import io.pyra.scheduling.web.SchedulingReportTable.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The scheduling reports as tables and charts in the reader's language; the same tables go into the
 * CSV and Excel files. A percentage of nothing (no open hours, no places) is "—".
 */
final class SchedulingReportTables {

  static final String NONE = "—";

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final Locale locale;

  SchedulingReportTables(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  SchedulingReportView usage(UsageReport report, boolean instructors) {
    String prefix = instructors ? "instructor-utilisation" : "occupancy";
    List<List<String>> rows = new ArrayList<>();
    for (UsageLine line : report.lines()) {
      rows.add(
          List.of(
              line.month().toString(),
              line.code(),
              line.name(),
              text("schedulingreport.kind." + line.kind()),
              number(line.bookedHours()),
              number(line.availableHours()),
              percent(line.percent())));
    }
    List<List<String>> totals = new ArrayList<>();
    for (UsageTotal total : report.totals()) {
      totals.add(
          List.of(
              total.month().toString(),
              number(total.bookedHours()),
              number(total.availableHours()),
              percent(total.percent())));
    }
    SchedulingReportTable lines =
        new SchedulingReportTable(
            prefix,
            text("schedulingreport." + prefix + ".title"),
            List.of(
                column("month", false),
                column("code", false),
                column("resource", false),
                column("kind", false),
                column("booked-hours", true),
                column("available-hours", true),
                column("percent", true)),
            rows);
    SchedulingReportTable months =
        new SchedulingReportTable(
            prefix + "-months",
            text("schedulingreport.months.title"),
            List.of(
                column("month", false),
                column("booked-hours", true),
                column("available-hours", true),
                column("percent", true)),
            totals);
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN,
            text("schedulingreport.column.percent"),
            report.totals().stream().map(t -> t.month().toString()).toList(),
            report.totals().stream().map(t -> whole(t.percent())).toList());
    return new SchedulingReportView(List.of(lines, months), chart);
  }

  SchedulingReportView fillRate(FillReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (FillLine line : report.lines()) {
      rows.add(
          List.of(
              line.month().toString(),
              line.courseCode(),
              line.courseName(),
              Long.toString(line.sessions()),
              Long.toString(line.enrolled()),
              Long.toString(line.capacity()),
              percent(line.percent())));
    }
    List<List<String>> totals = new ArrayList<>();
    for (FillTotal total : report.totals()) {
      totals.add(
          List.of(
              total.month().toString(),
              Long.toString(total.sessions()),
              Long.toString(total.enrolled()),
              Long.toString(total.capacity()),
              percent(total.percent())));
    }
    List<List<String>> sessions = new ArrayList<>();
    for (SessionFill s : report.sessions()) {
      sessions.add(
          List.of(
              s.month().toString(),
              DAY_TIME.format(s.startsAt().atZone(report.centre().zone())),
              s.title(),
              s.courseCode(),
              Integer.toString(s.enrolled()),
              Integer.toString(s.capacity()),
              percent(s.percent())));
    }
    List<SchedulingReportTable> tables =
        List.of(
            new SchedulingReportTable(
                "fill-rate",
                text("schedulingreport.fill-rate.title"),
                List.of(
                    column("month", false),
                    column("course-code", false),
                    column("course", false),
                    column("sessions", true),
                    column("enrolled", true),
                    column("capacity", true),
                    column("fill", true)),
                rows),
            new SchedulingReportTable(
                "fill-rate-months",
                text("schedulingreport.months.title"),
                List.of(
                    column("month", false),
                    column("sessions", true),
                    column("enrolled", true),
                    column("capacity", true),
                    column("fill", true)),
                totals),
            new SchedulingReportTable(
                "fill-rate-sessions",
                text("schedulingreport.sessions.title"),
                List.of(
                    column("month", false),
                    column("starts", false),
                    column("session", false),
                    column("course-code", false),
                    column("enrolled", true),
                    column("capacity", true),
                    column("fill", true)),
                sessions));
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN,
            text("schedulingreport.column.fill"),
            report.totals().stream().map(t -> t.month().toString()).toList(),
            report.totals().stream().map(t -> whole(t.percent())).toList());
    return new SchedulingReportView(tables, chart);
  }

  SchedulingReportView revenue(RevenueReport report) {
    String amount = text("schedulingreport.column.amount", report.currency());
    List<List<String>> rows = new ArrayList<>();
    for (RevenueLine line : report.lines()) {
      rows.add(
          List.of(
              line.month().toString(),
              line.courseCode(),
              line.courseName(),
              Long.toString(line.enrolments()),
              number(line.amount())));
    }
    List<List<String>> totals = new ArrayList<>();
    for (RevenueTotal total : report.totals()) {
      totals.add(
          List.of(
              total.month().toString(), Long.toString(total.enrolments()), number(total.amount())));
    }
    List<List<String>> courses = new ArrayList<>();
    for (RevenueLine line : report.courses()) {
      courses.add(
          List.of(
              line.courseCode(),
              line.courseName(),
              Long.toString(line.enrolments()),
              number(line.amount())));
    }
    Column money = new Column("amount", amount, true);
    List<SchedulingReportTable> tables =
        List.of(
            new SchedulingReportTable(
                "class-revenue",
                text("schedulingreport.class-revenue.title"),
                List.of(
                    column("month", false),
                    column("course-code", false),
                    column("course", false),
                    column("enrolments", true),
                    money),
                rows),
            new SchedulingReportTable(
                "class-revenue-months",
                text("schedulingreport.months.title"),
                List.of(column("month", false), column("enrolments", true), money),
                totals),
            new SchedulingReportTable(
                "class-revenue-courses",
                text("schedulingreport.courses.title"),
                List.of(
                    column("course-code", false),
                    column("course", false),
                    column("enrolments", true),
                    money),
                courses));
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN,
            amount,
            report.totals().stream().map(t -> t.month().toString()).toList(),
            report.totals().stream().map(t -> whole(t.amount())).toList());
    return new SchedulingReportView(tables, chart);
  }

  static String month(YearMonth month) {
    return month.toString();
  }

  private Column column(String key, boolean numeric) {
    return new Column(key, text("schedulingreport.column." + key), numeric);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static String number(BigDecimal value) {
    return value.toPlainString();
  }

  private static String percent(BigDecimal value) {
    return value == null ? NONE : value.toPlainString();
  }

  /** The chart's figure: whole numbers, half up; a share of nothing as 0. */
  private static Long whole(BigDecimal value) {
    return value == null ? 0L : value.setScale(0, RoundingMode.HALF_UP).longValue();
  }
}
