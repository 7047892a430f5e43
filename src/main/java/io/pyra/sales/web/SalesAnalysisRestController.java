package io.pyra.sales.web;

import io.pyra.sales.analysis.DealAnalysis;
import io.pyra.sales.analysis.SalesAnalysis;
import io.pyra.sales.analysis.SalesFilter;
import io.pyra.sales.analysis.SalesGrouping;
import io.pyra.sales.analysis.SalesPeriod;
import io.pyra.sales.analysis.SalesSummaryRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales analysis through the API: the figures of the page as JSON, money as decimal strings in
 * the base currency, within the caller's reach of {@code sales-analysis.read}.
 */
@Tag(name = "Sales analysis")
@RestController
@RequestMapping("/api/v1/sales")
@PreAuthorize("hasAuthority('sales-analysis.read')")
class SalesAnalysisRestController {

  private final SalesAnalysis sales;
  private final DealAnalysis deals;
  private final ZoneId zone;

  SalesAnalysisRestController(
      SalesAnalysis sales, DealAnalysis deals, @Value("${pyra.time-zone:UTC}") String zone) {
    this.sales = sales;
    this.deals = deals;
    this.zone = ZoneId.of(zone);
  }

  record Row(
      String key,
      String label,
      long orders,
      long customers,
      String gross,
      String returns,
      String net,
      String cost,
      String margin) {

    static Row of(SalesSummaryRow r) {
      return new Row(
          r.key(),
          r.label(),
          r.orders(),
          r.customers(),
          text(r.gross()),
          text(r.returns()),
          text(r.net()),
          text(r.cost()),
          text(r.margin()));
    }
  }

  record SummaryResponse(
      LocalDate from, LocalDate to, String groupBy, String currency, List<Row> rows) {}

  record Period(LocalDate from, LocalDate to, Row totals) {}

  record ComparisonResponse(
      String currency,
      Period current,
      Period previous,
      Period yearBefore,
      String netChangeFromPrevious,
      String netChangeFromYearBefore) {}

  record ShareRow(String key, String label, String net, String share) {}

  record CompositionResponse(
      LocalDate from, LocalDate to, String groupBy, String currency, List<ShareRow> rows) {}

  record DealRow(String key, String label, long deals, String amount) {}

  record LostDealsResponse(
      LocalDate from,
      LocalDate to,
      String currency,
      List<DealRow> reasons,
      List<DealRow> competitors,
      List<DealRow> stages) {}

  record WinRateRow(String key, String label, long won, long lost, String rate, String wonAmount) {}

  record WinRateResponse(LocalDate from, LocalDate to, String currency, List<WinRateRow> rows) {}

  record ForecastRow(
      String month, String ownerId, String owner, long deals, String amount, String weighted) {}

  record ForecastResponse(LocalDate from, LocalDate to, String currency, List<ForecastRow> rows) {}

  @Operation(
      summary =
          "Sales of a period grouped by month, quarter, year, product, category, owner, orgUnit,"
              + " country or source: orders, customers, gross, returns (credit notes and refunds,"
              + " negative), net, cost and margin in the base currency. from and to are days of the"
              + " company's time zone, both included (default: the last twelve months); orgUnit"
              + " includes the units below it; periods without sales are rows of zeros")
  @GetMapping("/summary")
  SummaryResponse summary(
      @Parameter(description = "first day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String from,
      @Parameter(description = "last day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String to,
      @Parameter(
              description =
                  "month, quarter, year, product, category, owner, orgUnit, country or source")
          @RequestParam(required = false)
          @Schema(maxLength = 20)
          String groupBy,
      @Parameter(description = "month, quarter or year around 'to' (or today) instead of from")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesAnalysisRequest request =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, groupBy);
    SalesGrouping grouping = request.grouping(SalesGrouping.MONTH);
    SalesFilter filter = request.filter(today(), false);
    SalesAnalysis.Summary summary = sales.summary(filter, grouping, locale);
    return new SummaryResponse(
        filter.period().from(),
        filter.period().to(),
        grouping.parameter(),
        summary.currency(),
        summary.rows().stream().map(Row::of).toList());
  }

  @Operation(
      summary =
          "A period's sales against the period just before it (as many whole months, or days)"
              + " and the same period a year before, with the change of net sales in percent")
  @GetMapping("/comparison")
  ComparisonResponse comparison(
      @RequestParam(required = false) @Schema(maxLength = 10) String from,
      @RequestParam(required = false) @Schema(maxLength = 10) String to,
      @RequestParam(required = false) @Schema(maxLength = 10) String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesFilter filter =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, null).filter(today(), false);
    SalesAnalysis.Comparison c = sales.comparison(filter, locale);
    return new ComparisonResponse(
        c.currency(),
        period(c.current(), c.currentTotals()),
        period(c.previous(), c.previousTotals()),
        period(c.yearBefore(), c.yearBeforeTotals()),
        text(SalesAnalysis.change(c.currentTotals().net(), c.previousTotals().net())),
        text(SalesAnalysis.change(c.currentTotals().net(), c.yearBeforeTotals().net())));
  }

  @Operation(
      summary =
          "The share of each product or category (groupBy, default category) of a period's net"
              + " sales, in percent")
  @GetMapping("/composition")
  CompositionResponse composition(
      @RequestParam(required = false) @Schema(maxLength = 10) String from,
      @RequestParam(required = false) @Schema(maxLength = 10) String to,
      @RequestParam(required = false) @Schema(maxLength = 20) String groupBy,
      @RequestParam(required = false) @Schema(maxLength = 10) String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesAnalysisRequest request =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, groupBy);
    SalesGrouping grouping = request.share();
    SalesFilter filter = request.filter(today(), false);
    List<ShareRow> rows =
        sales.composition(filter, grouping, locale).stream()
            .map(
                s ->
                    new ShareRow(
                        s.row().key(), s.row().label(), text(s.row().net()), text(s.percent())))
            .toList();
    return new CompositionResponse(
        filter.period().from(), filter.period().to(), grouping.parameter(), currency(), rows);
  }

  @Operation(
      summary =
          "Deals lost in a period (by the day they closed): by lost reason, by competitor and by"
              + " the stage they were lost from, with their amounts in the base currency")
  @GetMapping("/lost-deals")
  LostDealsResponse lostDeals(
      @RequestParam(required = false) @Schema(maxLength = 10) String from,
      @RequestParam(required = false) @Schema(maxLength = 10) String to,
      @RequestParam(required = false) @Schema(maxLength = 10) String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesFilter filter =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, null).filter(today(), false);
    DealAnalysis.LostDeals lost = deals.lostDeals(filter, locale);
    return new LostDealsResponse(
        filter.period().from(),
        filter.period().to(),
        lost.currency(),
        deals(lost.reasons()),
        deals(lost.competitors()),
        deals(lost.stages()));
  }

  @Operation(
      summary =
          "The win rate of the deals closed in a period, by owner and in total: won, lost, won in"
              + " percent of closed, and the amount won in the base currency")
  @GetMapping("/win-rate")
  WinRateResponse winRate(
      @RequestParam(required = false) @Schema(maxLength = 10) String from,
      @RequestParam(required = false) @Schema(maxLength = 10) String to,
      @RequestParam(required = false) @Schema(maxLength = 10) String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesFilter filter =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, null).filter(today(), false);
    List<WinRateRow> rows =
        deals.winRate(filter, locale).stream()
            .map(
                r ->
                    new WinRateRow(
                        r.key(), r.label(), r.won(), r.lost(), text(r.rate()), text(r.wonAmount())))
            .toList();
    return new WinRateResponse(filter.period().from(), filter.period().to(), currency(), rows);
  }

  @Operation(
      summary =
          "The weighted forecast of open deals (amount × probability / 100, in the base currency) by"
              + " month of expected close and owner; by default this month and the eleven after it")
  @GetMapping("/forecast")
  ForecastResponse forecast(
      @RequestParam(required = false) @Schema(maxLength = 10) String from,
      @RequestParam(required = false) @Schema(maxLength = 10) String to,
      @RequestParam(required = false) @Schema(maxLength = 10) String period,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String orgUnit,
      @RequestParam(required = false) @Schema(format = "uuid", maxLength = 36) String owner,
      Locale locale) {
    SalesFilter filter =
        new SalesAnalysisRequest(period, from, to, orgUnit, owner, null).filter(today(), true);
    List<ForecastRow> rows =
        deals.forecast(filter, locale).stream()
            .map(
                r ->
                    new ForecastRow(
                        r.month(),
                        r.ownerKey(),
                        r.owner(),
                        r.deals(),
                        text(r.amount()),
                        text(r.weighted())))
            .toList();
    return new ForecastResponse(filter.period().from(), filter.period().to(), currency(), rows);
  }

  private String currency() {
    return sales.currency();
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  private static Period period(SalesPeriod period, SalesSummaryRow totals) {
    return new Period(period.from(), period.to(), Row.of(totals));
  }

  private static List<DealRow> deals(List<DealAnalysis.DealRow> rows) {
    return rows.stream()
        .map(r -> new DealRow(r.key(), r.label(), r.deals(), text(r.amount())))
        .toList();
  }

  static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
