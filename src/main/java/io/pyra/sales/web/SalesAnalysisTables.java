package io.pyra.sales.web;

import io.pyra.platform.web.Chart;
import io.pyra.sales.analysis.DealAnalysis;
import io.pyra.sales.analysis.SalesAnalysis;
import io.pyra.sales.analysis.SalesFilter;
import io.pyra.sales.analysis.SalesGrouping;
import io.pyra.sales.analysis.SalesPeriod;
import io.pyra.sales.analysis.SalesSummaryRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each analysis of the page as tables with their charts, in the reader's language: what the page
 * shows and the export writes. Charts draw whole units of the base currency (the tables keep the
 * cents).
 */
@Component
class SalesAnalysisTables {

  private static final List<String> SUMMARY_COLUMNS =
      List.of("orders", "customers", "gross", "returns", "net", "cost", "margin");

  private final SalesAnalysis sales;
  private final DealAnalysis deals;
  private final MessageSource messages;

  SalesAnalysisTables(SalesAnalysis sales, DealAnalysis deals, MessageSource messages) {
    this.sales = sales;
    this.deals = deals;
    this.messages = messages;
  }

  List<SalesAnalysisTable> of(
      SalesAnalysisKind kind, SalesFilter filter, SalesGrouping grouping, Locale locale) {
    return switch (kind) {
      case SUMMARY -> List.of(summary(filter, grouping, locale));
      case COMPARISON -> List.of(comparison(filter, locale));
      case COMPOSITION -> List.of(composition(filter, grouping, locale));
      case LOST_DEALS -> lostDeals(filter, locale);
      case WIN_RATE -> List.of(winRate(filter, locale));
      case FORECAST -> List.of(forecast(filter, locale));
    };
  }

  private SalesAnalysisTable summary(SalesFilter filter, SalesGrouping grouping, Locale locale) {
    SalesAnalysis.Summary summary = sales.summary(filter, grouping, locale);
    List<SalesAnalysisTable.Line> lines = new ArrayList<>();
    summary.rows().forEach(r -> lines.add(new SalesAnalysisTable.Line(r.key(), cells(r))));
    SalesSummaryRow total = sales.totals(filter, locale);
    lines.add(
        new SalesAnalysisTable.Line(
            "total",
            cells(
                new SalesSummaryRow(
                    "total",
                    word("sales.analysis.total", locale),
                    total.orders(),
                    total.customers(),
                    total.gross(),
                    total.returns(),
                    total.net(),
                    total.cost(),
                    total.margin()))));
    List<String> columns = new ArrayList<>();
    columns.add(word("sales.analysis.groupBy." + grouping.parameter(), locale));
    SUMMARY_COLUMNS.forEach(c -> columns.add(word("sales.analysis.column." + c, locale)));
    List<String> categories = summary.rows().stream().map(SalesSummaryRow::label).toList();
    Chart chart =
        new Chart(
            grouping.byTime() ? Chart.Kind.COLUMN : Chart.Kind.BAR,
            categories,
            List.of(
                new Chart.Series(
                    word("sales.analysis.column.gross", locale),
                    summary.rows().stream().map(r -> whole(r.gross())).toList()),
                new Chart.Series(
                    word("sales.analysis.column.net", locale),
                    summary.rows().stream().map(r -> whole(r.net())).toList())));
    return new SalesAnalysisTable(
        "summary",
        word("sales.analysis.tab.summary", locale) + " · " + summary.currency(),
        columns,
        numeric(columns.size()),
        lines,
        chart);
  }

  private SalesAnalysisTable comparison(SalesFilter filter, Locale locale) {
    SalesAnalysis.Comparison c = sales.comparison(filter, locale);
    List<String> columns = new ArrayList<>();
    columns.add(word("sales.analysis.column.period", locale));
    SUMMARY_COLUMNS.forEach(col -> columns.add(word("sales.analysis.column." + col, locale)));
    columns.add(word("sales.analysis.column.change", locale));
    List<SalesAnalysisTable.Line> lines = new ArrayList<>();
    lines.add(periodLine("current", c.current(), c.currentTotals(), null, locale));
    lines.add(
        periodLine(
            "previous",
            c.previous(),
            c.previousTotals(),
            SalesAnalysis.change(c.currentTotals().net(), c.previousTotals().net()),
            locale));
    lines.add(
        periodLine(
            "year-before",
            c.yearBefore(),
            c.yearBeforeTotals(),
            SalesAnalysis.change(c.currentTotals().net(), c.yearBeforeTotals().net()),
            locale));
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN,
            word("sales.analysis.column.net", locale),
            lines.stream().map(l -> l.cells().get(0)).toList(),
            List.of(
                whole(c.currentTotals().net()),
                whole(c.previousTotals().net()),
                whole(c.yearBeforeTotals().net())));
    return new SalesAnalysisTable(
        "comparison",
        word("sales.analysis.tab.comparison", locale) + " · " + c.currency(),
        columns,
        numeric(columns.size()),
        lines,
        chart);
  }

  private SalesAnalysisTable.Line periodLine(
      String key, SalesPeriod period, SalesSummaryRow totals, BigDecimal change, Locale locale) {
    List<String> cells = new ArrayList<>(cells(totals));
    cells.set(
        0,
        word("sales.analysis.period." + key, locale)
            + " ("
            + period.from()
            + " – "
            + period.to()
            + ")");
    cells.add(change == null ? "" : change.toPlainString() + " %");
    return new SalesAnalysisTable.Line(key, cells);
  }

  private SalesAnalysisTable composition(
      SalesFilter filter, SalesGrouping grouping, Locale locale) {
    List<SalesAnalysis.Share> shares = sales.composition(filter, grouping, locale);
    List<String> columns =
        List.of(
            word("sales.analysis.groupBy." + grouping.parameter(), locale),
            word("sales.analysis.column.net", locale),
            word("sales.analysis.column.share", locale));
    List<SalesAnalysisTable.Line> lines =
        shares.stream()
            .map(
                s ->
                    new SalesAnalysisTable.Line(
                        s.row().key(),
                        List.of(
                            s.row().label(),
                            s.row().net().toPlainString(),
                            s.percent().toPlainString())))
            .toList();
    Chart chart =
        Chart.of(
            Chart.Kind.BAR,
            word("sales.analysis.column.net", locale),
            shares.stream().map(s -> s.row().label()).toList(),
            shares.stream().map(s -> whole(s.row().net())).toList());
    return new SalesAnalysisTable(
        "composition",
        word("sales.analysis.tab.composition", locale) + " · " + sales.currency(),
        columns,
        numeric(columns.size()),
        lines,
        chart);
  }

  private List<SalesAnalysisTable> lostDeals(SalesFilter filter, Locale locale) {
    DealAnalysis.LostDeals lost = deals.lostDeals(filter, locale);
    return List.of(
        dealTable("lost-reasons", "sales.analysis.lost.byReason", lost.reasons(), lost, locale),
        dealTable(
            "lost-competitors",
            "sales.analysis.lost.byCompetitor",
            lost.competitors(),
            lost,
            locale),
        dealTable("lost-stages", "sales.analysis.lost.byStage", lost.stages(), lost, locale));
  }

  private SalesAnalysisTable dealTable(
      String id,
      String titleKey,
      List<DealAnalysis.DealRow> rows,
      DealAnalysis.LostDeals lost,
      Locale locale) {
    List<String> columns =
        List.of(
            word(titleKey, locale),
            word("sales.analysis.column.deals", locale),
            word("sales.analysis.column.amount", locale));
    Chart chart =
        Chart.of(
            Chart.Kind.BAR,
            word("sales.analysis.column.deals", locale),
            rows.stream().map(DealAnalysis.DealRow::label).toList(),
            rows.stream().map(DealAnalysis.DealRow::deals).toList());
    return new SalesAnalysisTable(
        id,
        word(titleKey, locale) + " · " + lost.currency(),
        columns,
        numeric(columns.size()),
        rows.stream()
            .map(
                r ->
                    new SalesAnalysisTable.Line(
                        r.key(),
                        List.of(r.label(), String.valueOf(r.deals()), r.amount().toPlainString())))
            .toList(),
        chart);
  }

  private SalesAnalysisTable winRate(SalesFilter filter, Locale locale) {
    List<DealAnalysis.WinRateRow> rows = deals.winRate(filter, locale);
    List<String> columns =
        List.of(
            word("sales.analysis.groupBy.owner", locale),
            word("sales.analysis.column.won", locale),
            word("sales.analysis.column.lost", locale),
            word("sales.analysis.column.rate", locale),
            word("sales.analysis.column.wonAmount", locale));
    Chart chart =
        Chart.of(
            Chart.Kind.BAR,
            word("sales.analysis.column.rate", locale),
            rows.stream().map(DealAnalysis.WinRateRow::label).toList(),
            rows.stream().map(r -> whole(r.rate())).toList());
    return new SalesAnalysisTable(
        "win-rate",
        word("sales.analysis.tab.win-rate", locale) + " · " + sales.currency(),
        columns,
        numeric(columns.size()),
        rows.stream()
            .map(
                r ->
                    new SalesAnalysisTable.Line(
                        r.key(),
                        List.of(
                            r.label(),
                            String.valueOf(r.won()),
                            String.valueOf(r.lost()),
                            r.rate().toPlainString(),
                            r.wonAmount().toPlainString())))
            .toList(),
        chart);
  }

  private SalesAnalysisTable forecast(SalesFilter filter, Locale locale) {
    List<DealAnalysis.ForecastRow> rows = deals.forecast(filter, locale);
    List<String> columns =
        List.of(
            word("sales.analysis.column.month", locale),
            word("sales.analysis.groupBy.owner", locale),
            word("sales.analysis.column.deals", locale),
            word("sales.analysis.column.amount", locale),
            word("sales.analysis.column.weighted", locale));
    List<String> months = filter.period().months().stream().map(Object::toString).toList();
    List<Long> weighted = new ArrayList<>();
    for (String month : months) {
      weighted.add(
          whole(
              rows.stream()
                  .filter(r -> r.month().equals(month))
                  .map(DealAnalysis.ForecastRow::weighted)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
    Chart chart =
        Chart.of(
            Chart.Kind.COLUMN, word("sales.analysis.column.weighted", locale), months, weighted);
    return new SalesAnalysisTable(
        "forecast",
        word("sales.analysis.tab.forecast", locale) + " · " + sales.currency(),
        columns,
        List.of(false, false, true, true, true),
        rows.stream()
            .map(
                r ->
                    new SalesAnalysisTable.Line(
                        r.month() + "-" + r.ownerKey(),
                        List.of(
                            r.month(),
                            r.owner(),
                            String.valueOf(r.deals()),
                            r.amount().toPlainString(),
                            r.weighted().toPlainString())))
            .toList(),
        chart);
  }

  private static List<String> cells(SalesSummaryRow r) {
    return List.of(
        r.label(),
        String.valueOf(r.orders()),
        String.valueOf(r.customers()),
        r.gross().toPlainString(),
        r.returns().toPlainString(),
        r.net().toPlainString(),
        r.cost().toPlainString(),
        r.margin().toPlainString());
  }

  /** The first column is the label; the others hold numbers. */
  private static List<Boolean> numeric(int columns) {
    List<Boolean> numeric = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      numeric.add(i > 0);
    }
    return numeric;
  }

  private static long whole(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_EVEN).longValue();
  }

  private String word(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
