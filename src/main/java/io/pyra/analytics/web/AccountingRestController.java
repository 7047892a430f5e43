package io.pyra.analytics.web;

import io.pyra.analytics.accounting.AccountingReport;
import io.pyra.analytics.accounting.AccountingReport.Accounting;
import io.pyra.analytics.accounting.AccountingReport.Line;
import io.pyra.analytics.accounting.AccountingReport.Sum;
import io.pyra.analytics.accounting.CostRates;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.RoleSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.KeysetCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer-based accounting over the API: per tier and in total, and per customer (paged), net
 * revenue, product cost, cost to serve, profit and ROI over a period; and the rates cost to serve
 * is priced at. Money as decimal strings in the base currency, ratios as fractions.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class AccountingRestController {

  static final int LIMIT_MAX = 500;
  static final KeysetCursor.Format CODE =
      KeysetCursor.format("accounting-code", String.class, UUID.class);

  private final AccountingReport report;
  private final CostRates rates;
  private final ValueRequests requests;
  private final IdentityApi identity;

  AccountingRestController(
      AccountingReport report, CostRates rates, ValueRequests requests, IdentityApi identity) {
    this.report = report;
    this.rates = rates;
    this.requests = requests;
    this.identity = identity;
  }

  /** The rates to set: unit cost per channel, hourly cost per role, a task's standard minutes. */
  record RatesRequest(
      @Schema(maxProperties = 20) @Size(max = 20) Map<String, BigDecimal> channels,
      @Schema(maxProperties = 100) @Size(max = 100) Map<String, BigDecimal> roles,
      BigDecimal taskMinutes) {}

  @GetMapping("/accounting")
  @Operation(
      summary = "Customer-based accounting over a period, per tier and in total",
      description =
          "from and to (days, both included; to defaults to today, from to the first of its month;"
              + " at most 10 years); each customer the caller's value.read reaches that bought or"
              + " was served in the period, in their tier of the scheme as of to: customers, net"
              + " revenue, product cost, cost to serve, profit (net revenue − product cost − cost to"
              + " serve) and ROI (profit ÷ (product cost + cost to serve), null when that is 0)")
  Map<String, Object> accounting(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    Accounting accounting = compute(code, from, to);
    Map<String, Object> json = head(accounting);
    List<Map<String, Object>> tiers = new ArrayList<>();
    accounting.tiers().forEach((tier, sum) -> tiers.add(json(tier.name(), sum)));
    json.put("tiers", tiers);
    json.put("total", json(null, accounting.total()));
    return json;
  }

  @GetMapping("/accounting/customers")
  @Operation(
      summary = "Customer-based accounting over a period, per customer by code",
      description =
          "as /accounting, one item per customer the caller may also read (customer.read), with"
              + " tier (null when the customer was not known by to); limit 1 to 500 (default 100), nextCursor for the next page")
  Map<String, Object> customers(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "limit", defaultValue = "100") String limit,
      @RequestParam(name = "cursor", required = false) String cursor) {
    int size = limit(limit);
    KeysetCursor after = CODE.decode(cursor);
    Accounting accounting = compute(code, from, to);
    java.util.Set<UUID> readable =
        report.covered(
            accounting.customers().stream().map(Line::customerId).toList(),
            requests.readableCustomers());
    List<Line> page =
        accounting.customers().stream()
            .filter(l -> readable.contains(l.customerId()))
            .filter(l -> after == null || later(l, after))
            .limit(size + 1L)
            .toList();
    String next = null;
    if (page.size() > size) {
      page = page.subList(0, size);
      Line last = page.get(size - 1);
      next = CODE.encode(last.code(), last.customerId());
    }
    Map<String, Object> json = head(accounting);
    json.put(
        "items",
        page.stream()
            .map(
                l -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("customerId", l.customerId().toString());
                  item.put("code", l.code());
                  item.put("name", l.name());
                  item.put("tier", l.tier() == null ? null : l.tier().name());
                  figures(item, l.revenue(), l.productCost(), l.costToServe());
                  return item;
                })
            .toList());
    json.put("nextCursor", next);
    return json;
  }

  @GetMapping("/cost-rates")
  @Operation(
      summary = "The rates cost to serve is priced at",
      description =
          "channels: the cost of one contact record per channel; roles: the cost of an hour per"
              + " role code (a person counts at the dearest of their roles); taskMinutes: the"
              + " minutes a task done counts; unset rates are 0; needs value.read")
  Map<String, Object> rates() {
    requests.require(ValueRequests.READ);
    return json(rates.current());
  }

  @PutMapping("/cost-rates")
  @Operation(
      summary = "Set the rates cost to serve is priced at",
      description =
          "replaces the channel and role rates (each 0 to 1,000,000 with at most two decimals;"
              + " channels and roles left out are 0); taskMinutes 0 to 1440 (unchanged when left"
              + " out); needs value.configure (the administrator)")
  Map<String, Object> setRates(@Valid @RequestBody RatesRequest request) {
    requests.require(ValueRequests.CONFIGURE);
    return json(
        rates.replace(
            request.channels(),
            request.roles(),
            request.taskMinutes(),
            rates.channels(),
            identity.roles().stream().map(RoleSummary::code).toList()));
  }

  private Accounting compute(String code, String from, String to) {
    Visibility reach = requests.require(ValueRequests.READ);
    ValueRequests.Period period = requests.period(from, to);
    PyramidScheme scheme = requests.scheme(code);
    return report.compute(
        scheme,
        period.from(),
        period.to(),
        reach.condition("c.owner_id", "c.org_unit_id"),
        requests.zone());
  }

  private static boolean later(Line line, KeysetCursor after) {
    int byCode = line.code().compareTo(after.string(0));
    return byCode > 0 || (byCode == 0 && line.customerId().compareTo(after.uuid(1)) > 0);
  }

  private Map<String, Object> json(CostRates.Rates current) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> channels = new LinkedHashMap<>();
    for (String channel : rates.channels()) {
      channels.put(channel, money(current.channels().getOrDefault(channel, BigDecimal.ZERO)));
    }
    Map<String, Object> roles = new LinkedHashMap<>();
    for (RoleSummary role : identity.roles()) {
      roles.put(role.code(), money(current.roles().getOrDefault(role.code(), BigDecimal.ZERO)));
    }
    json.put("channels", channels);
    json.put("roles", roles);
    json.put("taskMinutes", current.taskMinutes().stripTrailingZeros().toPlainString());
    return json;
  }

  private static Map<String, Object> head(Accounting accounting) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", accounting.scheme().code());
    json.put("from", accounting.from().toString());
    json.put("to", accounting.to().toString());
    return json;
  }

  private static Map<String, Object> json(String tier, Sum sum) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (tier != null) {
      json.put("tier", tier);
    }
    json.put("customers", sum.customers());
    figures(json, sum.revenue(), sum.productCost(), sum.costToServe());
    return json;
  }

  private static void figures(
      Map<String, Object> json, BigDecimal revenue, BigDecimal productCost, BigDecimal toServe) {
    BigDecimal profit = revenue.subtract(productCost).subtract(toServe);
    json.put("revenue", money(revenue));
    json.put("productCost", money(productCost));
    json.put("costToServe", money(toServe));
    json.put("profit", money(profit));
    json.put("roi", ratio(profit, productCost.add(toServe)));
  }

  static int limit(String text) {
    return ValueRequests.whole(
        "limit", text, 100, 1, LIMIT_MAX, "analytics.pyramid.limit.range", LIMIT_MAX);
  }

  /** Money to the cent, half even. */
  static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A fraction to six decimals, half even; none when the whole is zero. */
  static String ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.divide(whole, 6, RoundingMode.HALF_EVEN).toPlainString();
  }
}
