package io.pyra.analytics.web;

import io.pyra.analytics.grading.CustomerGrades;
import io.pyra.analytics.grading.Grade;
import io.pyra.analytics.grading.GradingReport;
import io.pyra.analytics.grading.GradingRule;
import io.pyra.analytics.grading.GradingScheme;
import io.pyra.analytics.grading.GradingSchemes;
import io.pyra.analytics.grading.GradingSchemes.SchemeInput;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ABC grades over the API: the grading schemes (list, define, edit the weights and cut), a
 * computation on demand and the grading report of the stored grades over the customers the caller's
 * {@code value.read} reaches. Scores 0–100 with two decimals, money as decimal strings in the base
 * currency, the late share as a fraction.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class GradingRestController {

  static final int LIMIT_MAX = 500;
  static final KeysetCursor.Format POSITION = KeysetCursor.format("grade-position", Long.class);

  private final GradingSchemes schemes;
  private final CustomerGrades grades;
  private final GradingReport report;
  private final ValueRequests requests;
  private final AudienceViews audiences;

  GradingRestController(
      GradingSchemes schemes,
      CustomerGrades grades,
      GradingReport report,
      ValueRequests requests,
      AudienceViews audiences) {
    this.schemes = schemes;
    this.grades = grades;
    this.report = report;
    this.requests = requests;
    this.audiences = audiences;
  }

  /** A grading scheme to define or edit. */
  record GradingSchemeRequest(
      @Size(max = GradingSchemes.CODE_MAX) String code,
      @Size(max = GradingSchemes.NAME_MAX) String name,
      @Schema(
              description = "CREDIT, AMOUNT, PROFIT, GROWTH in percent, adding up to 100",
              maxProperties = 4)
          @Size(max = 4)
          Map<String, BigDecimal> weights,
      @Size(max = 20) String method,
      @Schema(description = "A, B, C in percent (RANK_SHARES)", maxProperties = 3) @Size(max = 3)
          Map<String, BigDecimal> shares,
      @Schema(description = "A, B: the lowest score of each (SCORE_LIMITS)", maxProperties = 2)
          @Size(max = 2)
          Map<String, BigDecimal> limits,
      Integer windowMonths,
      @Valid AudienceRequest audience) {

    SchemeInput input() {
      Map<String, BigDecimal> w = weights == null ? Map.of() : weights;
      Map<String, BigDecimal> s = shares == null ? Map.of() : shares;
      Map<String, BigDecimal> l = limits == null ? Map.of() : limits;
      return new SchemeInput(
          code,
          name,
          w.get("CREDIT"),
          w.get("AMOUNT"),
          w.get("PROFIT"),
          w.get("GROWTH"),
          method,
          s.get("A"),
          s.get("B"),
          s.get("C"),
          l.get("A"),
          l.get("B"),
          windowMonths,
          AudienceRequest.input(audience));
    }
  }

  @GetMapping("/grading-schemes")
  @Operation(summary = "The grading schemes, by code")
  Map<String, Object> schemes() {
    requests.require(ValueRequests.READ);
    return Map.of("items", schemes.list().stream().map(this::json).toList());
  }

  @PostMapping("/grading-schemes")
  @Operation(
      summary = "Define a grading scheme",
      description =
          "weights {CREDIT, AMOUNT, PROFIT, GROWTH} in percent adding up to 100; method RANK_SHARES"
              + " (shares {A, B, C} adding up to 100) or SCORE_LIMITS (limits {A, B}, A above B);"
              + " windowMonths 1 to 120 (default 12); audience {orgUnit: code or id, sector:"
              + " code, fields: [{code, equalTo, min, max}]} grades only the customers of that org"
              + " unit and below, of that sector and its sub-sectors and whose custom fields meet"
              + " every condition (at most 5; default: every customer); needs value.manage")
  ResponseEntity<Map<String, Object>> define(@Valid @RequestBody GradingSchemeRequest request) {
    requests.require(ValueRequests.MANAGE);
    GradingScheme scheme = schemes.create(request.input());
    return ResponseEntity.created(URI.create("/api/v1/analytics/grading-schemes/" + scheme.code()))
        .body(json(scheme));
  }

  @PutMapping("/grading-schemes/{code}")
  @Operation(
      summary = "Change a grading scheme's name, weights, method, window and audience",
      description =
          "as when defining; the code stays, and so does the audience when none is sent; needs"
              + " value.manage")
  Map<String, Object> change(
      @PathVariable String code, @Valid @RequestBody GradingSchemeRequest request) {
    requests.require(ValueRequests.MANAGE);
    GradingScheme scheme = scheme(code);
    return json(schemes.update(scheme, request.input()));
  }

  @PostMapping("/grades/compute")
  @Operation(
      summary = "Grade a scheme's customers now",
      description =
          "as of asOf (default today); replaces the scheme's stored grades; needs value.manage")
  Map<String, Object> compute(
      @RequestParam(name = "scheme", defaultValue = GradingSchemes.SHIPPED) String code,
      @RequestParam(name = "asOf", required = false) String asOf) {
    requests.require(ValueRequests.MANAGE);
    LocalDate day = requests.asOf(asOf);
    GradingScheme scheme = scheme(code);
    CustomerGrades.Computed computed = grades.compute(scheme, day);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("asOf", day.toString());
    json.put("from", scheme.windowStart(day).toString());
    json.put("customers", computed.customers());
    json.put("computedAt", computed.at().toString());
    return json;
  }

  @GetMapping("/grades")
  @Operation(
      summary = "The grading report: every graded customer with each indicator's value and score",
      description =
          "the scheme's stored grades over the customers value.read and customer.read"
              + " reach, by rank: late"
              + " days, late share, net revenue, profit, growth prospect and their scores, the"
              + " score, the automatic grade, the override (grade, reason, expiry, by whom) and the"
              + " effective grade; counts per grade; grade filters by the effective grade; limit 1"
              + " to 500 (default 100)")
  Map<String, Object> grades(
      @RequestParam(name = "scheme", defaultValue = GradingSchemes.SHIPPED) String code,
      @RequestParam(name = "grade", required = false) String grade,
      @RequestParam(name = "limit", defaultValue = "100") String limit,
      @RequestParam(name = "cursor", required = false) String cursor) {
    Visibility reach = requests.require(ValueRequests.READ);
    GradingScheme scheme = scheme(code);
    Optional<Grade> only = Optional.empty();
    if (grade != null && !grade.isBlank()) {
      only =
          Optional.of(
              Grade.of(grade)
                  .orElseThrow(
                      () -> new BusinessRuleException("grade", "one-of", "grading.grade.one-of")));
    }
    int size = limit(limit);
    KeysetCursor after = POSITION.decode(cursor);
    int afterPosition = after == null ? 0 : Math.toIntExact(after.number(0));
    LocalDate today = requests.today();
    var visible = requests.namedCustomers(reach);
    List<GradingReport.Row> rows =
        new ArrayList<>(report.rows(scheme, visible, today, only, afterPosition, size + 1));
    String next = null;
    if (rows.size() > size) {
      rows.remove(size);
      next = POSITION.encode((long) rows.get(size - 1).position());
    }
    GradingReport.Counts counts =
        requests.seesEveryone(reach)
            ? report.countsOfEveryone(scheme, today)
            : report.counts(scheme, visible, today);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("asOf", report.computedAsOf(scheme).map(LocalDate::toString).orElse(null));
    json.put("counts", counts(counts.effective()));
    json.put("automaticCounts", counts(counts.automatic()));
    json.put("items", rows.stream().map(GradingRestController::json).toList());
    json.put("nextCursor", next);
    return json;
  }

  GradingScheme scheme(String code) {
    return schemes
        .byCode(code)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "scheme",
                    "not-found",
                    "grading.scheme.unknown",
                    ValueRequests.echo(code == null ? "" : code)));
  }

  private static Map<String, Object> counts(Map<Grade, Long> counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    counts.forEach((g, n) -> json.put(g.name(), n));
    return json;
  }

  private static int limit(String text) {
    return ValueRequests.whole("limit", text, 100, 1, LIMIT_MAX, "grading.limit.range", LIMIT_MAX);
  }

  static Map<String, Object> json(GradingReport.Row row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("position", row.position());
    json.put("customerId", row.customerId().toString());
    json.put("code", row.code());
    json.put("name", row.name());
    json.put("lateDays", row.lateDays().setScale(2, RoundingMode.HALF_UP).toPlainString());
    json.put("lateShare", row.lateShare().setScale(6, RoundingMode.HALF_UP).toPlainString());
    json.put("amount", money(row.amount()));
    json.put("profit", money(row.profit()));
    json.put("growth", row.growth());
    json.put("creditScore", score(row.creditScore()));
    json.put("amountScore", score(row.amountScore()));
    json.put("profitScore", score(row.profitScore()));
    json.put("growthScore", score(row.growthScore()));
    json.put("score", score(row.score()));
    json.put("grade", row.grade().name());
    if (row.override() == null) {
      json.put("override", null);
    } else {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("grade", row.override().grade().name());
      o.put("reason", row.override().reason());
      o.put(
          "expiresOn",
          row.override().expiresOn() == null ? null : row.override().expiresOn().toString());
      o.put("by", row.override().setBy() == null ? null : row.override().setBy().toString());
      o.put("at", row.override().setAt().toString());
      json.put("override", o);
    }
    json.put("effectiveGrade", row.effective().name());
    return json;
  }

  Map<String, Object> json(GradingScheme scheme) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", scheme.code());
    json.put("name", scheme.name());
    GradingRule.Weights w = scheme.weights();
    Map<String, Object> weights = new LinkedHashMap<>();
    weights.put("CREDIT", decimal(w.credit()));
    weights.put("AMOUNT", decimal(w.amount()));
    weights.put("PROFIT", decimal(w.profit()));
    weights.put("GROWTH", decimal(w.growth()));
    json.put("weights", weights);
    if (scheme.cut() instanceof GradingRule.RankShares s) {
      json.put("method", "RANK_SHARES");
      json.put("shares", Map.of("A", decimal(s.a()), "B", decimal(s.b()), "C", decimal(s.c())));
    } else if (scheme.cut() instanceof GradingRule.ScoreLimits l) {
      json.put("method", "SCORE_LIMITS");
      json.put("limits", Map.of("A", decimal(l.a()), "B", decimal(l.b())));
    }
    json.put("windowMonths", scheme.windowMonths());
    json.put("audience", audiences.json(scheme.audience()));
    json.put("version", scheme.version());
    return json;
  }

  private static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String score(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
