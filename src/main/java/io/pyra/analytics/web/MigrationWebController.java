package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.MigrationReport;
import io.pyra.analytics.pyramid.MigrationReport.Cell;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.TierSnapshots;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.web.Chart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The migration page: a scheme and two months, the heatmap of how customers moved between tiers
 * from the first month's end to the second's, the same matrix as a table whose cells open their
 * customers, and the upgrades, downgrades, stayed, lost and new.
 */
@Controller
@PreAuthorize("hasAuthority('value.read')")
class MigrationWebController {

  static final List<String> ROWS = List.of("NEW", "TOP", "HIGH", "MIDDLE", "LOW");
  static final List<String> COLUMNS = List.of("TOP", "HIGH", "MIDDLE", "LOW", "INACTIVE");
  private static final int PAGE_SIZE = 50;

  private final PyramidSchemes schemes;
  private final TierSnapshots snapshots;
  private final MigrationReport migration;
  private final CurrentUser currentUser;
  private final MessageSource messages;
  private final ZoneId zone;

  MigrationWebController(
      PyramidSchemes schemes,
      TierSnapshots snapshots,
      MigrationReport migration,
      CurrentUser currentUser,
      MessageSource messages,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.schemes = schemes;
    this.snapshots = snapshots;
    this.migration = migration;
    this.currentUser = currentUser;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  /** A cell of the table: its customers, net revenue at the second month's end, and its link. */
  record MatrixCell(String column, int customers, String revenue, String href) {}

  /** A row of the table: the tier at the first month's end and its cells. */
  record MatrixRow(String tier, String label, List<MatrixCell> cells) {}

  @GetMapping("/analytics/migration")
  String page(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    Months months = months(scheme, from, to, model, locale);
    List<Cell> cells =
        migration.cells(
            months.scheme(),
            months.from(),
            months.to(),
            currentUser.visibility(ValueRequests.READ));
    Map<String, Cell> byKey = new HashMap<>();
    Map<String, Integer> moves = new LinkedHashMap<>();
    for (String move : List.of("upgrades", "downgrades", "stayed", "lost", "new")) {
      moves.put(move, 0);
    }
    for (Cell cell : cells) {
      byKey.put(cell.fromTier() + ">" + cell.toTier(), cell);
      moves.merge(
          MigrationRestController.move(cell.fromTier(), cell.toTier()),
          cell.customers(),
          Integer::sum);
    }
    String href =
        UriComponentsBuilder.fromPath("/analytics/migration/customers")
            .queryParam("scheme", months.scheme().code())
            .queryParam("from", months.from())
            .queryParam("to", months.to())
            .build()
            .toUriString();
    List<MatrixRow> rows = new ArrayList<>();
    List<Chart.Series> series = new ArrayList<>();
    for (String row : ROWS) {
      List<MatrixCell> line = new ArrayList<>();
      List<Long> values = new ArrayList<>();
      for (String column : COLUMNS) {
        Cell cell = byKey.get(row + ">" + column);
        int customers = cell == null ? 0 : cell.customers();
        values.add((long) customers);
        line.add(
            new MatrixCell(
                column,
                customers,
                cell == null ? "" : money(cell.revenue()),
                href + "&fromTier=" + row + "&toTier=" + column));
      }
      rows.add(new MatrixRow(row, label(row, locale), line));
      series.add(new Chart.Series(label(row, locale), values));
    }
    model.addAttribute("schemes", schemes.list());
    model.addAttribute("scheme", months.scheme());
    model.addAttribute("from", YearMonth.from(months.from()).toString());
    model.addAttribute("to", YearMonth.from(months.to()).toString());
    model.addAttribute("fromDay", months.from());
    model.addAttribute("toDay", months.to());
    model.addAttribute("latest", YearMonth.from(TierSnapshots.previousPeriodEnd(today())));
    model.addAttribute(
        "columns", COLUMNS.stream().map(c -> new String[] {c, label(c, locale)}).toList());
    model.addAttribute("rows", rows);
    model.addAttribute("moves", moves);
    model.addAttribute(
        "chart",
        new Chart(
            Chart.Kind.HEATMAP, COLUMNS.stream().map(c -> label(c, locale)).toList(), series));
    model.addAttribute("cellHref", href + "&fromTier={row}&toTier={column}");
    model.addAttribute("rowCodes", json(ROWS));
    model.addAttribute("columnCodes", json(COLUMNS));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "analytics/migration";
  }

  /** A customer of a cell as the page shows them. */
  record MoverRow(UUID id, String code, String name, String revenue, String previousRevenue) {}

  @GetMapping("/analytics/migration/customers")
  String movers(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String fromTier,
      @RequestParam(required = false) String toTier,
      @RequestParam(required = false) String cursor,
      Model model,
      Locale locale) {
    String row = ROWS.contains(upper(fromTier)) ? upper(fromTier) : "TOP";
    String column = COLUMNS.contains(upper(toTier)) ? upper(toTier) : "TOP";
    String after = "";
    try {
      KeysetCursor decoded = MigrationRestController.CODE.decode(cursor);
      after = decoded == null ? "" : decoded.string(0);
    } catch (BusinessRuleException e) {
      after = "";
    }
    Months months = months(scheme, from, to, model, locale);
    List<MigrationReport.Mover> movers =
        migration.movers(
            months.scheme(),
            months.from(),
            months.to(),
            List.of(
                currentUser.visibility(ValueRequests.READ),
                currentUser.visibility(ValueRequests.CUSTOMER_READ)),
            row,
            column,
            after,
            PAGE_SIZE + 1);
    String next = null;
    if (movers.size() > PAGE_SIZE) {
      movers = movers.subList(0, PAGE_SIZE);
      next = MigrationRestController.CODE.encode(movers.get(PAGE_SIZE - 1).code());
    }
    model.addAttribute("scheme", months.scheme());
    model.addAttribute("from", YearMonth.from(months.from()).toString());
    model.addAttribute("to", YearMonth.from(months.to()).toString());
    model.addAttribute("fromDay", months.from());
    model.addAttribute("toDay", months.to());
    model.addAttribute("fromTier", row);
    model.addAttribute("toTier", column);
    model.addAttribute("fromLabel", label(row, locale));
    model.addAttribute("toLabel", label(column, locale));
    model.addAttribute(
        "movers",
        movers.stream()
            .map(
                m ->
                    new MoverRow(
                        m.customerId(),
                        m.code(),
                        m.name(),
                        money(m.revenue()),
                        money(m.previousRevenue())))
            .toList());
    model.addAttribute("next", next);
    return "analytics/migration-customers";
  }

  /** The scheme and the two month ends a page shows, read leniently as a link gives them. */
  private record Months(PyramidScheme scheme, LocalDate from, LocalDate to) {}

  private Months months(String scheme, String from, String to, Model model, Locale locale) {
    List<PyramidScheme> all = schemes.list();
    PyramidScheme chosen =
        schemes
            .byCode(scheme == null ? "REVENUE_SHARES" : scheme)
            .orElseGet(() -> schemes.byCode("REVENUE_SHARES").orElse(all.get(0)));
    LocalDate latest = TierSnapshots.previousPeriodEnd(today());
    LocalDate second = monthEnd(to, latest);
    LocalDate first = monthEnd(from, TierSnapshots.previousPeriodEnd(second));
    if (second.isAfter(latest) || !first.isBefore(second)) {
      model.addAttribute(
          "periodError", messages.getMessage("analytics.period.order", null, locale));
      second = latest;
      first = TierSnapshots.previousPeriodEnd(latest);
    }
    snapshots.ensure(chosen, List.of(first, second), zone);
    return new Months(chosen, first, second);
  }

  private static LocalDate monthEnd(String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    String typed = text.strip();
    try {
      return typed.length() == 7
          ? YearMonth.parse(typed).atEndOfMonth()
          : YearMonth.from(LocalDate.parse(typed)).atEndOfMonth();
    } catch (java.time.format.DateTimeParseException e) {
      return otherwise;
    }
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  private String label(String tier, Locale locale) {
    return messages.getMessage("analytics.migration.row." + tier, null, locale);
  }

  private static String upper(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
  }

  private static String json(List<String> codes) {
    return "[\"" + String.join("\",\"", codes) + "\"]";
  }

  private static String money(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
  }
}
