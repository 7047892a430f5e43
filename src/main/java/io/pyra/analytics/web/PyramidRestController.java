package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.Pyramid;
import io.pyra.analytics.pyramid.PyramidReport;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.PyramidSchemes.NewScheme;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.analytics.pyramid.TierRule;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer pyramid over the API: the schemes (list, define) and a scheme's pyramid as of a day
 * over the customers the caller's {@code value.read} reaches. Money as decimal strings in the base
 * currency, shares as fractions.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class PyramidRestController {

  static final String READ = ValueRequests.READ;
  static final String MANAGE = ValueRequests.MANAGE;

  private final PyramidSchemes schemes;
  private final PyramidReport report;
  private final ValueRequests requests;
  private final AudienceViews audiences;

  PyramidRestController(
      PyramidSchemes schemes,
      PyramidReport report,
      ValueRequests requests,
      AudienceViews audiences) {
    this.schemes = schemes;
    this.report = report;
    this.requests = requests;
    this.audiences = audiences;
  }

  /** A scheme to define. */
  record SchemeRequest(
      @Size(max = PyramidSchemes.CODE_MAX) String code,
      @Size(max = PyramidSchemes.NAME_MAX) String name,
      @Size(max = 20) String basis,
      @Size(max = 20) String method,
      @Schema(maxProperties = 3) @Size(max = 3) Map<String, BigDecimal> thresholds,
      @Schema(maxProperties = 4) @Size(max = 4) Map<String, BigDecimal> shares,
      Integer windowMonths,
      @Valid AudienceRequest audience,
      @Size(max = PyramidSchemes.ACTIVITY_TYPES_MAX) List<@Size(max = 60) String> activityTypes) {}

  @GetMapping("/pyramid-schemes")
  @Operation(summary = "The pyramid schemes, by code")
  Map<String, Object> schemes() {
    requests.require(READ);
    return Map.of(
        "items",
        schemes.list().stream()
            .map(
                scheme -> {
                  Map<String, Object> json = json(scheme);
                  if (scheme.basis() == io.pyra.analytics.pyramid.Basis.ACTIVITY) {
                    json.put("activityTypes", schemes.activityTypeCodes(scheme));
                  }
                  return json;
                })
            .toList());
  }

  @PostMapping("/pyramid-schemes")
  @Operation(
      summary = "Define a pyramid scheme",
      description =
          "basis NET_REVENUE, PROFIT or ACTIVITY (activityTypes: the codes of the types of"
              + " contact records counted, 1 to 20); method THRESHOLDS (thresholds {TOP, HIGH, MIDDLE}, strictly"
              + " falling) or RANK_SHARES (shares {TOP, HIGH, MIDDLE, LOW} in percent, adding up to"
              + " 100); windowMonths 1 to 120 (default 12); audience {orgUnit: code or id,"
              + " sector: code, fields: [{code, equalTo, min, max}]} ranks only the customers of"
              + " that org unit and the units below it, of that sector and its sub-sectors and"
              + " whose custom fields meet every condition (at most 5; default: every customer);"
              + " needs value.manage")
  ResponseEntity<Map<String, Object>> define(@Valid @RequestBody SchemeRequest request) {
    requests.require(MANAGE);
    Map<String, BigDecimal> limits = request.thresholds() == null ? Map.of() : request.thresholds();
    Map<String, BigDecimal> shares = request.shares() == null ? Map.of() : request.shares();
    PyramidScheme scheme =
        schemes.create(
            new NewScheme(
                request.code(),
                request.name(),
                request.basis(),
                request.method(),
                limits.get("TOP"),
                limits.get("HIGH"),
                limits.get("MIDDLE"),
                shares.get("TOP"),
                shares.get("HIGH"),
                shares.get("MIDDLE"),
                shares.get("LOW"),
                request.windowMonths(),
                AudienceRequest.input(request.audience()),
                request.activityTypes()));
    Map<String, Object> created = json(scheme);
    if (scheme.basis() == io.pyra.analytics.pyramid.Basis.ACTIVITY) {
      created.put("activityTypes", schemes.activityTypeCodes(scheme));
    }
    return ResponseEntity.created(URI.create("/api/v1/analytics/pyramid-schemes/" + scheme.code()))
        .body(created);
  }

  @GetMapping("/pyramid")
  @Operation(
      summary = "A scheme's pyramid as of a day",
      description =
          "tiers TOP, HIGH, MIDDLE, LOW with customers, shares, net revenue, profit, averages and"
              + " ROI (profit ÷ cost), then INACTIVE, PROSPECT and SUSPECT with their customer"
              + " counts; asOf defaults to today; over the customers value.read reaches")
  Map<String, Object> pyramid(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf) {
    Visibility reach = requests.require(READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    Pyramid pyramid = report.compute(scheme, day, reach, requests.zone());
    return json(pyramid);
  }

  @GetMapping("/pyramid/pareto")
  @Operation(
      summary = "A scheme's Pareto curve as of a day",
      description =
          "for every step percent p of the active customers value.read reaches (the top"
              + " ⌈p % × n⌉ in rank order), their share of the net revenue as a fraction (null"
              + " when the revenue is not positive); step 1 to 100, default 5")
  Map<String, Object> pareto(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "step", required = false) String step) {
    Visibility reach = requests.require(READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    int every = ValueRequests.whole("step", step, 5, 1, 100, "analytics.pareto.step.range", 1, 100);
    List<Map<String, Object>> points =
        report.pareto(scheme, day, List.of(reach), every).stream()
            .map(
                p ->
                    ordered(
                        "customerPercent",
                        p.customerPercent(),
                        "customers",
                        p.customers(),
                        "revenueShare",
                        p.revenueShare() == null ? null : decimal(p.revenueShare())))
            .toList();
    return ordered("scheme", scheme.code(), "asOf", day.toString(), "points", points);
  }

  static final int LIMIT_MAX = 500;
  static final KeysetCursor.Format RANK = KeysetCursor.format("pyramid-rank", Long.class);

  @GetMapping("/pyramid/customers")
  @Operation(
      summary = "The customers of a value tier (TOP, HIGH, MIDDLE, LOW), in rank order",
      description =
          "each with its rank in the pyramid, code, name, net revenue and profit over the window;"
              + " limit 1 to 500 (default 100), nextCursor for the next page")
  Map<String, Object> tierCustomers(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "tier") String tier,
      @RequestParam(name = "limit", defaultValue = "100") String limit,
      @RequestParam(name = "cursor", required = false) String cursor) {
    Visibility reach = requests.require(READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    Tier chosen = valueTier(tier);
    int size = limit(limit);
    KeysetCursor after = RANK.decode(cursor);
    long afterRank = after == null ? 0 : after.number(0);
    List<PyramidReport.Member> members =
        report.members(scheme, day, requests.readable(reach), chosen, afterRank, size + 1);
    List<Map<String, Object>> items =
        members.stream()
            .map(
                m -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("rank", m.rank());
                  item.put("customerId", m.customerId().toString());
                  item.put("code", m.code());
                  item.put("name", m.name());
                  item.put("revenue", money(m.revenue()));
                  item.put("profit", money(m.profit()));
                  return item;
                })
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    String next = null;
    if (items.size() > size) {
      items.remove(size);
      next = RANK.encode(((Integer) items.get(size - 1).get("rank")).longValue());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("asOf", day.toString());
    json.put("tier", chosen.name());
    json.put("items", items);
    json.put("nextCursor", next);
    return json;
  }

  static Tier valueTier(String text) {
    try {
      Tier tier = Tier.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
      if (tier.active()) {
        return tier;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new BusinessRuleException("tier", "one-of", "analytics.pyramid.tier.one-of");
  }

  static int limit(String text) {
    return ValueRequests.whole(
        "limit", text, 100, 1, LIMIT_MAX, "analytics.pyramid.limit.range", LIMIT_MAX);
  }

  Map<String, Object> json(PyramidScheme scheme) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", scheme.code());
    json.put("name", scheme.name());
    json.put("basis", scheme.basis().name());
    json.put("windowMonths", scheme.windowMonths());
    json.put("audience", audiences.json(scheme.audience()));
    if (scheme.rule() instanceof TierRule.Thresholds t) {
      json.put("method", "THRESHOLDS");
      json.put(
          "thresholds",
          ordered(
              "TOP", decimal(t.top()), "HIGH", decimal(t.high()), "MIDDLE", decimal(t.middle())));
    } else if (scheme.rule() instanceof TierRule.RankShares s) {
      json.put("method", "RANK_SHARES");
      Map<String, Object> shares = new LinkedHashMap<>();
      shares.put("TOP", decimal(s.top()));
      shares.put("HIGH", decimal(s.high()));
      shares.put("MIDDLE", decimal(s.middle()));
      shares.put("LOW", decimal(s.low()));
      json.put("shares", shares);
    }
    return json;
  }

  private static Map<String, Object> json(Pyramid pyramid) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", pyramid.scheme().code());
    json.put("asOf", pyramid.asOf().toString());
    json.put("from", pyramid.from().toString());
    json.put("activeCustomers", pyramid.activeCustomers());
    json.put("revenue", money(pyramid.revenue()));
    json.put("profit", money(pyramid.profit()));
    json.put("roi", ratio(pyramid.profit(), pyramid.cost()));
    List<Map<String, Object>> tiers =
        pyramid.tiers().stream()
            .map(
                t -> {
                  Map<String, Object> tier = new LinkedHashMap<>();
                  tier.put("tier", t.tier().name());
                  tier.put("customers", t.customers());
                  if (t.tier().active()) {
                    tier.put(
                        "customerShare",
                        ratio(
                            BigDecimal.valueOf(t.customers()),
                            BigDecimal.valueOf(pyramid.activeCustomers())));
                    tier.put("revenue", money(t.revenue()));
                    tier.put("revenueShare", ratio(t.revenue(), pyramid.revenue()));
                    tier.put("profit", money(t.profit()));
                    BigDecimal n = BigDecimal.valueOf(t.customers());
                    tier.put("averageRevenue", t.customers() == 0 ? null : money(t.revenue(), n));
                    tier.put("averageProfit", t.customers() == 0 ? null : money(t.profit(), n));
                    tier.put("roi", ratio(t.profit(), t.cost()));
                  }
                  return tier;
                })
            .toList();
    json.put("tiers", tiers);
    return json;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Money to the cent, half even. */
  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String money(BigDecimal total, BigDecimal count) {
    return total.divide(count, 2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A fraction to six decimals, half even; none when the whole is zero. */
  private static String ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.divide(whole, 6, RoundingMode.HALF_EVEN).toPlainString();
  }
}
