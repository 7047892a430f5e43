package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.Pyramid;
import io.pyra.analytics.pyramid.Pyramid.TierFigures;
import io.pyra.analytics.pyramid.PyramidReport;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.SpreadsheetText;
import io.pyra.platform.taxonomy.TermPages;
import io.pyra.platform.web.Chart;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pyramid page: a scheme and an as-of day, the pyramid drawn and, per tier, its customers,
 * shares, net revenue, profit, averages and ROI, then the customers below the pyramid.
 */
@Controller
@PreAuthorize("hasAuthority('value.read')")
class PyramidWebController {

  private final PyramidSchemes schemes;
  private final PyramidReport report;
  private final CurrentUser currentUser;
  private final MessageSource messages;
  private final TermPages pages;
  private final AudienceViews audiences;
  private final ZoneId zone;

  PyramidWebController(
      PyramidSchemes schemes,
      PyramidReport report,
      CurrentUser currentUser,
      MessageSource messages,
      TermPages pages,
      AudienceViews audiences,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.audiences = audiences;
    this.schemes = schemes;
    this.report = report;
    this.currentUser = currentUser;
    this.messages = messages;
    this.pages = pages;
    this.zone = ZoneId.of(zone);
  }

  /** One row of the tier table, its figures as the page shows them. */
  record Row(
      Tier tier,
      String label,
      int customers,
      String customerShare,
      String revenue,
      String revenueShare,
      String profit,
      String averageRevenue,
      String averageProfit,
      String roi) {}

  @GetMapping("/analytics/pyramid")
  String page(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String asOf,
      Model model,
      Locale locale) {
    List<PyramidScheme> all = schemes.list();
    PyramidScheme chosen =
        schemes
            .byCode(scheme == null ? "REVENUE_SHARES" : scheme)
            .orElseGet(() -> schemes.byCode("REVENUE_SHARES").orElse(all.get(0)));
    LocalDate today = LocalDate.now(zone);
    LocalDate day = today;
    if (asOf != null && !asOf.isBlank()) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        model.addAttribute(
            "asOfError", messages.getMessage("analytics.pyramid.asOf.type", null, locale));
      }
      if (day.isAfter(today)) {
        model.addAttribute(
            "asOfError", messages.getMessage("analytics.pyramid.asOf.future", null, locale));
        day = today;
      }
    }
    Pyramid pyramid =
        report.compute(chosen, day, currentUser.visibility(PyramidRestController.READ), zone);
    List<Row> rows = pyramid.tiers().stream().map(t -> row(t, pyramid, locale)).toList();
    List<io.pyra.analytics.pyramid.ParetoCurve.Point> pareto =
        report.pareto(
            chosen, day, List.of(currentUser.visibility(PyramidRestController.READ)), PARETO_STEP);
    model.addAttribute("pareto", pareto);
    model.addAttribute(
        "paretoChart",
        Chart.of(
            Chart.Kind.LINE,
            messages.getMessage("analytics.pareto.revenueShare", null, locale),
            pareto.stream().map(p -> p.customerPercent() + " %").toList(),
            pareto.stream()
                .map(
                    p ->
                        p.revenueShare() == null
                            ? 0L
                            : p.revenueShare()
                                .multiply(BigDecimal.valueOf(100))
                                .setScale(0, RoundingMode.HALF_EVEN)
                                .longValue())
                .toList()));
    List<Row> active = rows.stream().filter(r -> r.tier().active()).toList();
    model.addAttribute("schemes", all);
    model.addAttribute("scheme", chosen);
    model.addAttribute("audience", audiences.words(chosen.audience(), locale));
    model.addAttribute("pyramid", pyramid);
    model.addAttribute("asOf", day);
    model.addAttribute("today", today);
    model.addAttribute("active", active);
    model.addAttribute("below", rows.stream().filter(r -> !r.tier().active()).toList());
    model.addAttribute("revenue", money(pyramid.revenue()));
    model.addAttribute("profit", money(pyramid.profit()));
    model.addAttribute(
        "chart",
        Chart.of(
            Chart.Kind.PYRAMID,
            messages.getMessage("analytics.pyramid.customers", null, locale),
            active.stream().map(Row::label).toList(),
            active.stream().map(r -> (long) r.customers()).toList()));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "analytics/pyramid";
  }

  @GetMapping("/analytics/pyramid-schemes/new")
  @PreAuthorize("hasAuthority('value.manage')")
  String newScheme(Model model, Locale locale) {
    model.addAttribute("schemeForm", new SchemeForm());
    return schemeForm(model, locale);
  }

  private String schemeForm(Model model, Locale locale) {
    model.addAttribute(
        "basisOptions",
        java.util.Arrays.stream(io.pyra.analytics.pyramid.Basis.values())
            .map(
                b ->
                    List.of(
                        b.name(), messages.getMessage("analytics.basis." + b.name(), null, locale)))
            .toList());
    model.addAttribute(
        "methodOptions",
        List.of("RANK_SHARES", "THRESHOLDS").stream()
            .map(m -> List.of(m, messages.getMessage("analytics.method." + m, null, locale)))
            .toList());
    SchemeForm form = (SchemeForm) model.getAttribute("schemeForm");
    audiences.options(model, locale, form.getAudienceOrgUnit(), form.getAudienceSector());
    model.addAttribute(
        "activityTypeOptions",
        schemes.activityTypeChoices().stream()
            .map(
                t -> List.of(t.code(), locale.getLanguage().equals("zh") ? t.nameZh() : t.nameEn()))
            .toList());
    return "analytics/scheme-form";
  }

  @PostMapping("/analytics/pyramid-schemes/new")
  @PreAuthorize("hasAuthority('value.manage')")
  String defineScheme(
      @Valid @ModelAttribute("schemeForm") SchemeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return pages.save(
        result,
        locale,
        response,
        () -> {
          PyramidScheme scheme = schemes.create(form.scheme());
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("analytics.scheme.saved", new Object[] {scheme.name()}, locale));
          return "redirect:/analytics/pyramid?scheme=" + scheme.code();
        },
        () -> schemeForm(model, locale));
  }

  static final int PAGE_SIZE = 200;

  @GetMapping("/analytics/pyramid/customers")
  String members(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String cursor,
      Model model,
      Locale locale) {
    TierQuery query = tierQuery(scheme, asOf, tier);
    io.pyra.platform.query.KeysetCursor after;
    try {
      after = PyramidRestController.RANK.decode(cursor);
    } catch (io.pyra.platform.error.BusinessRuleException e) {
      after = null;
    }
    long afterRank = after == null ? 0 : after.number(0);
    List<PyramidReport.Member> members = members(query, afterRank, PAGE_SIZE + 1);
    String next = null;
    if (members.size() > PAGE_SIZE) {
      members = members.subList(0, PAGE_SIZE);
      next = PyramidRestController.RANK.encode((long) members.get(PAGE_SIZE - 1).rank());
    }
    model.addAttribute("scheme", query.scheme());
    model.addAttribute("asOf", query.day());
    model.addAttribute("tier", query.tier());
    model.addAttribute(
        "tierLabel", messages.getMessage("analytics.tier." + query.tier().name(), null, locale));
    model.addAttribute(
        "members",
        members.stream()
            .map(
                m ->
                    new MemberRow(
                        m.rank(),
                        m.customerId(),
                        m.code(),
                        m.name(),
                        money(m.revenue()),
                        money(m.profit())))
            .toList());
    model.addAttribute("next", next);
    return "analytics/pyramid-customers";
  }

  /**
   * A tier's customers as a CSV file (UTF-8 with a byte order mark, so that Excel shows Chinese):
   * rank, code, name, net revenue and profit over the window, all of them.
   */
  @GetMapping("/analytics/pyramid/customers/export")
  void export(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String tier,
      HttpServletResponse response)
      throws java.io.IOException {
    TierQuery query = tierQuery(scheme, asOf, tier);
    List<PyramidReport.Member> members = members(query, 0, EXPORT_MAX);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
        org.springframework.http.ContentDisposition.attachment()
            .filename(
                "pyramid-"
                    + query.scheme().code()
                    + "-"
                    + query.tier().name()
                    + "-"
                    + query.day()
                    + ".csv")
            .build()
            .toString());
    response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store");
    java.io.Writer writer =
        new java.io.OutputStreamWriter(
            response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    org.apache.commons.csv.CSVPrinter printer =
        new org.apache.commons.csv.CSVPrinter(
            writer,
            org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader("rank", "code", "name", "net_revenue", "profit")
                .get());
    for (PyramidReport.Member m : members) {
      printer.printRecord(
          m.rank(),
          SpreadsheetText.cell(m.code()),
          SpreadsheetText.cell(m.name()),
          m.revenue().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
          m.profit().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }
    printer.flush();
  }

  /**
   * Which tier of which pyramid the drill-down and its export show, read leniently as a link gives
   * it: an unknown scheme is the shipped rank shares, a bad or future day today, a bad tier TOP.
   */
  private record TierQuery(PyramidScheme scheme, LocalDate day, Tier tier) {}

  private TierQuery tierQuery(String scheme, String asOf, String tier) {
    PyramidScheme chosen =
        schemes
            .byCode(scheme == null ? "REVENUE_SHARES" : scheme)
            .orElseGet(() -> schemes.byCode("REVENUE_SHARES").orElseThrow());
    LocalDate today = LocalDate.now(zone);
    LocalDate day = today;
    try {
      day = asOf == null || asOf.isBlank() ? today : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      day = today;
    }
    Tier shown;
    try {
      shown = PyramidRestController.valueTier(tier);
    } catch (io.pyra.platform.error.BusinessRuleException e) {
      shown = Tier.TOP;
    }
    return new TierQuery(chosen, day.isAfter(today) ? today : day, shown);
  }

  /** The Pareto curve's step, in percent of the active customers. */
  static final int PARETO_STEP = 5;

  /** At most this many customers go into one export. */
  static final int EXPORT_MAX = 100_000;

  /** The tier's customers the caller's value.read reaches, in rank order. */
  private List<PyramidReport.Member> members(TierQuery query, long afterRank, int limit) {
    return report.members(
        query.scheme(),
        query.day(),
        List.of(
            currentUser.visibility(PyramidRestController.READ),
            currentUser.visibility(ValueRequests.CUSTOMER_READ)),
        query.tier(),
        afterRank,
        limit);
  }

  /** A customer of the tier as the drill-down page shows them. */
  record MemberRow(
      int rank, java.util.UUID id, String code, String name, String revenue, String profit) {}

  private Row row(TierFigures t, Pyramid pyramid, Locale locale) {
    String label = messages.getMessage("analytics.tier." + t.tier().name(), null, locale);
    if (!t.tier().active()) {
      return new Row(t.tier(), label, t.customers(), null, null, null, null, null, null, null);
    }
    BigDecimal n = BigDecimal.valueOf(t.customers());
    return new Row(
        t.tier(),
        label,
        t.customers(),
        percent(n, BigDecimal.valueOf(pyramid.activeCustomers())),
        money(t.revenue()),
        percent(t.revenue(), pyramid.revenue()),
        money(t.profit()),
        t.customers() == 0 ? "—" : money(t.revenue().divide(n, 2, RoundingMode.HALF_EVEN)),
        t.customers() == 0 ? "—" : money(t.profit().divide(n, 2, RoundingMode.HALF_EVEN)),
        t.cost().signum() == 0 ? "—" : percent(t.profit(), t.cost()));
  }

  private static String money(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "—";
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN) + " %";
  }
}
