package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.rfm.RfmReport;
import io.pyra.analytics.rfm.RfmScores.Scored;
import io.pyra.analytics.rfm.RfmSegment;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFM over the API: as of a day over a scheme's window, the count of active customers per score of
 * recency, frequency and monetary value and per segment (with their net revenue), or one customer's
 * figures, scores and segment; over the customers the caller's {@code value.read} reaches.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class RfmRestController {

  private final RfmReport report;
  private final ValueRequests requests;

  RfmRestController(RfmReport report, ValueRequests requests) {
    this.report = report;
    this.requests = requests;
  }

  @GetMapping("/rfm")
  @Operation(
      summary = "RFM as of a day over a scheme's window",
      description =
          "r, f and m: active customers per score 1–5 (ntile(5) from worst to best, ties by code);"
              + " segments with customers and net revenue; with customer=<code or id> that"
              + " customer's recencyDays, frequency, monetary, scores and segment")
  Map<String, Object> rfm(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "customer", required = false) String customer) {
    Visibility reach = requests.require(ValueRequests.READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    List<Scored> scored =
        report.scores(scheme, day, reach.condition("c.owner_id", "c.org_unit_id"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("asOf", day.toString());
    json.put("from", scheme.windowStart(day).toString());
    if (customer != null && !customer.isBlank()) {
      String wanted = customer.strip();
      Scored one =
          scored.stream()
              .filter(
                  s ->
                      s.figures().code().equalsIgnoreCase(wanted)
                          || s.figures().customerId().toString().equalsIgnoreCase(wanted))
              .findFirst()
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "customer",
                          "not-found",
                          "analytics.rfm.customer.unknown",
                          ValueRequests.echo(wanted)));
      json.put("customerId", one.figures().customerId().toString());
      json.put("code", one.figures().code());
      json.put("recencyDays", one.figures().recencyDays());
      json.put("frequency", one.figures().frequency());
      json.put("monetary", money(one.figures().monetary()));
      json.put("r", one.r());
      json.put("f", one.f());
      json.put("m", one.m());
      json.put("segment", RfmSegment.of(one.r(), one.f()).name());
      return json;
    }
    json.put("activeCustomers", scored.size());
    json.put("r", perScore(scored, Scored::r));
    json.put("f", perScore(scored, Scored::f));
    json.put("m", perScore(scored, Scored::m));
    Map<RfmSegment, long[]> counts = new LinkedHashMap<>();
    Map<RfmSegment, BigDecimal> revenue = new LinkedHashMap<>();
    for (RfmSegment segment : RfmSegment.all()) {
      counts.put(segment, new long[1]);
      revenue.put(segment, BigDecimal.ZERO);
    }
    for (Scored s : scored) {
      RfmSegment segment = RfmSegment.of(s.r(), s.f());
      counts.get(segment)[0]++;
      revenue.merge(segment, s.figures().monetary(), BigDecimal::add);
    }
    json.put(
        "segments",
        RfmSegment.all().stream()
            .map(
                segment -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("segment", segment.name());
                  row.put("customers", counts.get(segment)[0]);
                  row.put("revenue", money(revenue.get(segment)));
                  return row;
                })
            .toList());
    return json;
  }

  private static Map<String, Long> perScore(
      List<Scored> scored, java.util.function.ToIntFunction<Scored> score) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      counts.put(String.valueOf(i), 0L);
    }
    scored.forEach(s -> counts.merge(String.valueOf(score.applyAsInt(s)), 1L, Long::sum));
    return counts;
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
