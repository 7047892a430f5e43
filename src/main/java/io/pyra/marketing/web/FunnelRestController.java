package io.pyra.marketing.web;

import io.pyra.marketing.funnel.CentreFigures;
import io.pyra.marketing.funnel.CentreMonth;
import io.pyra.marketing.funnel.FunnelFigures;
import io.pyra.marketing.funnel.FunnelGrouping;
import io.pyra.marketing.funnel.FunnelPeriod;
import io.pyra.marketing.funnel.FunnelReport;
import io.pyra.marketing.funnel.FunnelReports;
import io.pyra.marketing.funnel.FunnelRequestRefused;
import io.pyra.marketing.funnel.FunnelRow;
import io.pyra.platform.error.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funnel and the centres' figures through the API: counts, money as decimal strings in the base
 * currency, rates as decimal fractions (null where the step before is zero).
 */
@Tag(name = "Marketing funnel")
@RestController
@RequestMapping("/api/v1/marketing")
class FunnelRestController {

  private final FunnelReports funnel;
  private final CentreFigures centres;
  private final Problems problems;

  FunnelRestController(FunnelReports funnel, CentreFigures centres, Problems problems) {
    this.funnel = funnel;
    this.centres = centres;
    this.problems = problems;
  }

  record FunnelRowJson(
      String key,
      String name,
      long leads,
      long appointments,
      long arrivals,
      long consultations,
      long noShows,
      long contracts,
      String cost,
      String revenue,
      String appointmentRate,
      String arrivalRate,
      String noShowRate,
      String consultationRate,
      String contractRate,
      String conversionRate,
      String costPerLead,
      String costPerArrival,
      String costPerCustomer,
      String roi,
      String hoursToBooking,
      String hoursToArrival) {

    static FunnelRowJson of(String key, String name, FunnelFigures f) {
      return new FunnelRowJson(
          key,
          name,
          f.leads(),
          f.appointments(),
          f.arrivals(),
          f.consultations(),
          f.noShows(),
          f.contracts(),
          text(f.cost()),
          text(f.revenue()),
          text(f.appointmentRate()),
          text(f.arrivalRate()),
          text(f.noShowRate()),
          text(f.consultationRate()),
          text(f.contractRate()),
          text(f.conversionRate()),
          text(f.costPerLead()),
          text(f.costPerArrival()),
          text(f.costPerCustomer()),
          text(f.roi()),
          text(f.hoursToBooking()),
          text(f.hoursToArrival()));
    }
  }

  record FunnelJson(
      LocalDate from,
      LocalDate to,
      String groupBy,
      String currency,
      List<FunnelRowJson> rows,
      FunnelRowJson total,
      List<String> costsLeftOut) {

    static FunnelJson of(FunnelReport report) {
      return new FunnelJson(
          report.from(),
          report.to(),
          report.grouping().parameter(),
          report.currency(),
          report.rows().stream()
              .map((FunnelRow r) -> FunnelRowJson.of(r.key(), r.name(), r.figures()))
              .toList(),
          FunnelRowJson.of(null, null, report.total()),
          report.costsLeftOut());
    }
  }

  record CentreMonthJson(
      String centreId,
      String centre,
      String month,
      long booked,
      long arrivals,
      long noShows,
      long contracts,
      String arrivalRate,
      String contractRate) {}

  record CentreFiguresJson(LocalDate from, LocalDate to, List<CentreMonthJson> months) {}

  @Operation(
      summary =
          "The funnel of the leads created from 'from' to 'to' (days of the company's time zone,"
              + " both included, at most three years; default the last twelve months) within the"
              + " reach of lead.read, grouped by campaign, source, channel, centre, agent,"
              + " consultant or month: leads, appointments, arrivals, consultations, contracts,"
              + " cost and revenue with the rates between steps, and a total row")
  @GetMapping("/funnel")
  @PreAuthorize("hasAuthority('campaign.read')")
  FunnelJson funnel(
      @Parameter(description = "first day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String from,
      @Parameter(description = "last day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String to,
      @Parameter(description = "campaign, source, channel, centre, agent, consultant or month")
          @RequestParam(required = false)
          @Schema(maxLength = 20)
          String groupBy,
      Locale locale) {
    FunnelGrouping grouping = grouping(groupBy);
    FunnelPeriod period = FunnelPeriod.parse(from, to, LocalDate.now(funnel.zone()));
    return FunnelJson.of(funnel.report(period, grouping, locale));
  }

  @Operation(
      summary =
          "Per centre and month (of the appointment's time) the appointments booked, arrivals,"
              + " no-shows and the contracts of those visitors, within the reach of"
              + " appointment.read: the figures marketing and sales share")
  @GetMapping("/centre-figures")
  @PreAuthorize("hasAuthority('appointment.read')")
  CentreFiguresJson centreFigures(
      @Parameter(description = "first day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String from,
      @Parameter(description = "last day, yyyy-MM-dd")
          @RequestParam(required = false)
          @Schema(maxLength = 10)
          String to) {
    FunnelPeriod period = FunnelPeriod.parse(from, to, LocalDate.now(funnel.zone()));
    return new CentreFiguresJson(
        period.from(),
        period.to(),
        centres.months(period).stream()
            .map(
                (CentreMonth m) ->
                    new CentreMonthJson(
                        m.centreId(),
                        m.centre(),
                        m.month(),
                        m.booked(),
                        m.arrivals(),
                        m.noShows(),
                        m.contracts(),
                        text(m.arrivalRate()),
                        text(m.contractRate())))
            .toList());
  }

  static FunnelGrouping grouping(String groupBy) {
    FunnelGrouping grouping = FunnelGrouping.parse(groupBy);
    if (grouping == null) {
      throw new FunnelRequestRefused(
          "groupBy", "one-of", "funnel.groupBy.unknown", groupBy.strip());
    }
    return grouping;
  }

  @ExceptionHandler(FunnelRequestRefused.class)
  ProblemDetail refused(FunnelRequestRefused e, Locale locale) {
    return problems.invalid(HttpStatus.BAD_REQUEST, e.violations(), locale);
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
