package io.pyra.analytics.web;

import io.pyra.analytics.accounting.AccountingReport;
import io.pyra.analytics.accounting.AccountingReport.Accounting;
import io.pyra.analytics.accounting.AccountingReport.Sum;
import io.pyra.analytics.accounting.AllocationPlan;
import io.pyra.analytics.accounting.AllocationReport;
import io.pyra.analytics.accounting.AllocationReport.Allocation;
import io.pyra.analytics.accounting.CostRates;
import io.pyra.analytics.accounting.TierGroup;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.RoleSummary;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.web.Chart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer-based accounting page (per tier and in total over a period), the resource allocation
 * page (effort per tier group against the plan, in all, per org unit and per person; the plan
 * edited there) and the administrator's cost-to-serve rates.
 */
@Controller
@PreAuthorize("hasAuthority('value.read')")
class AccountingWebController {

  private final AccountingReport accounting;
  private final AllocationReport allocation;
  private final AllocationPlan plan;
  private final CostRates rates;
  private final PyramidSchemes schemes;
  private final ValueRequests requests;
  private final IdentityApi identity;
  private final MessageSource messages;

  AccountingWebController(
      AccountingReport accounting,
      AllocationReport allocation,
      AllocationPlan plan,
      CostRates rates,
      PyramidSchemes schemes,
      ValueRequests requests,
      IdentityApi identity,
      MessageSource messages) {
    this.accounting = accounting;
    this.allocation = allocation;
    this.plan = plan;
    this.rates = rates;
    this.schemes = schemes;
    this.requests = requests;
    this.identity = identity;
    this.messages = messages;
  }

  /** One row of the accounting table, as the page shows it. */
  record Row(
      String id,
      String label,
      int customers,
      String revenue,
      String productCost,
      String costToServe,
      String profit,
      String roi) {}

  /** One row of an allocation table: a scope and its effort per group. */
  record Scope(String id, String name, Map<String, Object> effort) {}

  @GetMapping("/analytics/accounting")
  String accounting(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    ValueRequests.Period period = period(from, to, model, locale);
    PyramidScheme chosen = scheme(scheme, model);
    Accounting report =
        accounting.compute(chosen, period.from(), period.to(), reach(), requests.zone());
    List<Row> rows = new ArrayList<>();
    report
        .tiers()
        .forEach(
            (tier, sum) ->
                rows.add(
                    row(
                        tier.name(),
                        messages.getMessage("analytics.tier." + tier.name(), null, locale),
                        sum)));
    model.addAttribute("period", period);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "total",
        row("TOTAL", messages.getMessage("accounting.total", null, locale), report.total()));
    return "analytics/accounting";
  }

  @GetMapping("/analytics/allocation")
  String allocation(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    ValueRequests.Period period = period(from, to, model, locale);
    PyramidScheme chosen = scheme(scheme, model);
    Allocation report =
        allocation.compute(
            chosen, period.from(), period.to(), reach(), requests.zone(), null, null);
    Map<String, Object> total = AllocationRestController.spent(report.total(), report.plan());
    Map<OrgUnitId, String> unitNames =
        identity.orgUnitNames(report.orgUnits().keySet().stream().map(OrgUnitId::new).toList());
    Map<UserId, String> names =
        identity.displayNames(report.people().keySet().stream().map(UserId::new).toList());
    List<Scope> units = new ArrayList<>();
    report
        .orgUnits()
        .forEach(
            (id, spent) ->
                units.add(
                    new Scope(
                        id.toString(),
                        unitNames.get(new OrgUnitId(id)),
                        AllocationRestController.spent(spent, report.plan()))));
    List<Scope> people = new ArrayList<>();
    report
        .people()
        .forEach(
            (id, spent) ->
                people.add(
                    new Scope(
                        id.toString(),
                        names.get(new UserId(id)),
                        AllocationRestController.spent(spent, report.plan()))));
    model.addAttribute("period", period);
    model.addAttribute("total", total);
    model.addAttribute("units", units);
    model.addAttribute("people", people);
    model.addAttribute("plan", report.plan());
    List<String> labels = new ArrayList<>();
    List<Long> planned = new ArrayList<>();
    List<Long> actual = new ArrayList<>();
    for (Object g : (List<?>) total.get("groups")) {
      Map<?, ?> group = (Map<?, ?>) g;
      labels.add(messages.getMessage("accounting.group." + group.get("group"), null, locale));
      planned.add(percent((String) group.get("plannedShare")));
      actual.add(percent((String) group.get("share")));
    }
    model.addAttribute(
        "chart",
        new Chart(
            Chart.Kind.COLUMN,
            labels,
            List.of(
                new Chart.Series(
                    messages.getMessage("accounting.allocation.plannedShare", null, locale),
                    planned),
                new Chart.Series(
                    messages.getMessage("accounting.allocation.share", null, locale), actual))));
    model.addAttribute(Chart.PAGE_ATTRIBUTE, true);
    return "analytics/allocation";
  }

  @PostMapping("/analytics/allocation/plan")
  @PreAuthorize("hasAuthority('value.manage')")
  String savePlan(
      @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (TierGroup group : TierGroup.values()) {
      if (group.planned()) {
        shares.put(group.name(), number(form.get("share-" + group.name())));
      }
    }
    try {
      plan.replace(shares);
      redirect.addFlashAttribute(
          "success", messages.getMessage("accounting.allocation.planSaved", null, locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", message(e, locale));
    }
    return "redirect:/analytics/allocation";
  }

  @GetMapping("/analytics/cost-rates")
  @PreAuthorize("hasAuthority('value.configure')")
  String rates(Model model) {
    CostRates.Rates current = rates.current();
    Map<String, BigDecimal> channels = new LinkedHashMap<>();
    rates.channels().forEach(c -> channels.put(c, current.channels().get(c)));
    Map<RoleSummary, BigDecimal> roles = new LinkedHashMap<>();
    identity.roles().forEach(r -> roles.put(r, current.roles().get(r.code())));
    model.addAttribute("channels", channels);
    model.addAttribute("roles", roles);
    model.addAttribute("taskMinutes", current.taskMinutes().stripTrailingZeros().toPlainString());
    return "analytics/cost-rates";
  }

  @PostMapping("/analytics/cost-rates")
  @PreAuthorize("hasAuthority('value.configure')")
  String saveRates(
      @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
    Map<String, BigDecimal> channels = new LinkedHashMap<>();
    for (String channel : rates.channels()) {
      BigDecimal amount = number(form.get("channel-" + channel));
      if (amount != null) {
        channels.put(channel, amount);
      }
    }
    Map<String, BigDecimal> roles = new LinkedHashMap<>();
    List<String> roleCodes = identity.roles().stream().map(RoleSummary::code).toList();
    for (String role : roleCodes) {
      BigDecimal amount = number(form.get("role-" + role));
      if (amount != null) {
        roles.put(role, amount);
      }
    }
    try {
      rates.replace(channels, roles, number(form.get("taskMinutes")), rates.channels(), roleCodes);
      redirect.addFlashAttribute(
          "success", messages.getMessage("accounting.rates.saved", null, locale));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", message(e, locale));
    }
    return "redirect:/analytics/cost-rates";
  }

  private ValueRequests.Period period(String from, String to, Model model, Locale locale) {
    ValueRequests.Period period;
    try {
      period = requests.period(from, to);
    } catch (BusinessRuleException e) {
      model.addAttribute("periodError", message(e, locale));
      period = requests.period(null, null);
    }
    return period;
  }

  private PyramidScheme scheme(String code, Model model) {
    List<PyramidScheme> all = schemes.list();
    PyramidScheme chosen =
        schemes
            .byCode(code == null ? "REVENUE_SHARES" : code)
            .orElseGet(() -> schemes.byCode("REVENUE_SHARES").orElse(all.get(0)));
    model.addAttribute("schemes", all);
    model.addAttribute("scheme", chosen);
    return chosen;
  }

  private io.pyra.platform.query.QueryPart reach() {
    return requests.require(ValueRequests.READ).condition("c.owner_id", "c.org_unit_id");
  }

  private static Row row(String id, String label, Sum sum) {
    return new Row(
        id,
        label,
        sum.customers(),
        money(sum.revenue()),
        money(sum.productCost()),
        money(sum.costToServe()),
        money(sum.profit()),
        percent(sum.profit(), sum.cost()));
  }

  /** Money as the pyramid page shows it: grouped, to the cent. */
  private static String money(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, java.math.RoundingMode.HALF_EVEN));
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "—";
    }
    return part.multiply(BigDecimal.valueOf(100))
            .divide(whole, 1, java.math.RoundingMode.HALF_EVEN)
            .toPlainString()
        + " %";
  }

  private static long percent(String fraction) {
    return fraction == null
        ? 0
        : new BigDecimal(fraction)
            .movePointRight(2)
            .setScale(0, java.math.RoundingMode.HALF_EVEN)
            .longValueExact();
  }

  private static BigDecimal number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(-1); // refused as out of range
    }
  }

  private String message(BusinessRuleException e, Locale locale) {
    RuleViolation v = e.violations().get(0);
    return messages.getMessage(v.messageKey(), v.args(), locale);
  }
}
