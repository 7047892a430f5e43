package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.rfm.RfmReport;
import io.pyra.analytics.rfm.RfmReport.RfmCounts;
import io.pyra.analytics.rfm.RfmReport.RfmRow;
import io.pyra.analytics.rfm.RfmSegments;
import io.pyra.analytics.rfm.RfmSegments.NewSegment;
import io.pyra.analytics.rfm.RfmSegments.Segment;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFM over the API: as of a day over a scheme's window, the count of active customers per score of
 * recency, frequency and monetary value and per segment (with their net revenue), one customer's
 * figures, scores and segment, or the customers page by page; and the named segments, which an
 * analyst edits. Scores are the scheme's (ntile over its whole audience); counts are over the
 * customers the caller's {@code value.read} reaches.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class RfmRestController {

  static final KeysetCursor.Format CODE = KeysetCursor.format("rfm-code", String.class);

  private final RfmReport report;
  private final RfmSegments segments;
  private final ValueRequests requests;

  RfmRestController(RfmReport report, RfmSegments segments, ValueRequests requests) {
    this.report = report;
    this.segments = segments;
    this.requests = requests;
  }

  /** A segment as an analyst defines it. */
  record SegmentRequest(
      @Size(max = RfmSegments.CODE_MAX) String code,
      @Size(max = RfmSegments.NAME_MAX) String name,
      Integer rFrom,
      Integer rTo,
      Integer fFrom,
      Integer fTo) {}

  /** The whole list of segments, in the order they are tried. */
  record SegmentsRequest(@Valid @Size(max = RfmSegments.MAX) List<SegmentRequest> segments) {}

  @GetMapping("/rfm")
  @Operation(
      summary = "RFM as of a day over a scheme's window",
      description =
          "r, f and m: active customers per score 1–5 (ntile(5) over the scheme's audience from"
              + " worst to best, ties by code); segments with customers and net revenue; with"
              + " customer=<code or id> that customer's recencyDays, frequency, monetary, scores"
              + " and segment")
  Map<String, Object> rfm(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "customer", required = false) String customer) {
    Visibility reach = requests.require(ValueRequests.READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("asOf", day.toString());
    json.put("from", scheme.windowStart(day).toString());
    if (customer != null && !customer.isBlank()) {
      String wanted = customer.strip();
      RfmRow one =
          report
              .customer(scheme, day, requests.readableCustomer(wanted).id().value())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "customer",
                          "not-found",
                          "analytics.rfm.customer.unknown",
                          ValueRequests.echo(wanted)));
      json.putAll(row(one));
      return json;
    }
    RfmCounts counts = report.counts(scheme, day, reach);
    json.put("activeCustomers", counts.active());
    json.put("r", perScore(counts.r()));
    json.put("f", perScore(counts.f()));
    json.put("m", perScore(counts.m()));
    json.put(
        "segments",
        counts.segments().stream()
            .map(
                s -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("segment", s.segment().code());
                  row.put("name", s.segment().name());
                  row.put("customers", s.customers());
                  row.put("revenue", money(s.revenue()));
                  return row;
                })
            .toList());
    return json;
  }

  @GetMapping("/rfm/customers")
  @Operation(
      summary = "The active customers' RFM figures, scores and segments, by code",
      description =
          "segment narrows to one segment; limit 1 to 500 (default 100), nextCursor for the next"
              + " page; only customers the caller may read")
  Map<String, Object> rows(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "segment", required = false) String segment,
      @RequestParam(name = "limit", defaultValue = "100") String limit,
      @RequestParam(name = "cursor", required = false) String cursor) {
    Visibility reach = requests.require(ValueRequests.READ);
    LocalDate day = requests.asOf(asOf);
    PyramidScheme scheme = requests.scheme(code);
    Segment chosen = segment == null || segment.isBlank() ? null : segment(segment);
    int size = PyramidRestController.limit(limit);
    KeysetCursor after = CODE.decode(cursor);
    List<RfmRow> rows =
        report.rows(
            scheme,
            day,
            requests.readable(reach),
            chosen,
            after == null ? "" : after.string(0),
            size + 1);
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      next = CODE.encode(rows.get(size - 1).code());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", rows.stream().map(RfmRestController::row).toList());
    json.put("nextCursor", next);
    return json;
  }

  @GetMapping("/rfm-segments")
  @Operation(summary = "The named RFM segments, in the order they are tried")
  Map<String, Object> segments() {
    requests.require(ValueRequests.READ);
    return Map.of("items", segments.list().stream().map(RfmRestController::json).toList());
  }

  @PutMapping("/rfm-segments")
  @Operation(
      summary = "Replace the named RFM segments",
      description =
          "segments in the order they are tried, each {code, name, rFrom, rTo, fFrom, fTo} (scores"
              + " 1–5, from ≤ to), at most 20; together they must cover every pair of recency and"
              + " frequency scores; needs value.manage")
  Map<String, Object> replace(@Valid @RequestBody SegmentsRequest request) {
    requests.require(ValueRequests.MANAGE);
    List<NewSegment> typed =
        request.segments() == null
            ? List.of()
            : request.segments().stream()
                .map(
                    s ->
                        s == null
                            ? new NewSegment(null, null, null, null, null, null)
                            : new NewSegment(
                                s.code(), s.name(), s.rFrom(), s.rTo(), s.fFrom(), s.fTo()))
                .toList();
    return Map.of("items", segments.replace(typed).stream().map(RfmRestController::json).toList());
  }

  private Segment segment(String code) {
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return segments.list().stream()
        .filter(s -> s.code().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "segment",
                    "not-found",
                    "analytics.rfm.segment.unknown",
                    ValueRequests.echo(code)));
  }

  private static Map<String, Object> row(RfmRow one) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("customerId", one.customerId().toString());
    json.put("code", one.code());
    json.put("name", one.name());
    json.put("recencyDays", one.recencyDays());
    json.put("frequency", one.frequency());
    json.put("monetary", money(one.monetary()));
    json.put("r", one.r());
    json.put("f", one.f());
    json.put("m", one.m());
    json.put("segment", one.segment().code());
    return json;
  }

  private static Map<String, Object> json(Segment s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", s.code());
    json.put("name", s.name());
    json.put("rFrom", s.rFrom());
    json.put("rTo", s.rTo());
    json.put("fFrom", s.fFrom());
    json.put("fTo", s.fTo());
    return json;
  }

  private static Map<String, Long> perScore(Map<Integer, Long> counts) {
    Map<String, Long> json = new LinkedHashMap<>();
    counts.forEach((score, n) -> json.put(String.valueOf(score), n));
    return json;
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
