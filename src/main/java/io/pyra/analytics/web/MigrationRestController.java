package io.pyra.analytics.web;

import io.pyra.analytics.pyramid.MigrationReport;
import io.pyra.analytics.pyramid.MigrationReport.Cell;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.analytics.pyramid.TierPath;
import io.pyra.analytics.pyramid.TierSnapshots;
import io.pyra.customer.CustomerRef;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tier history over the API: the snapshots of a scheme (listed, and taken for past period ends),
 * the migration matrix between two period ends with its customers, and a customer's tier path.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Customer value")
class MigrationRestController {

  static final KeysetCursor.Format CODE = KeysetCursor.format("migration-code", String.class);
  static final int PATH_MAX = 120;

  private final TierSnapshots snapshots;
  private final MigrationReport migration;
  private final TierPath path;
  private final ValueRequests requests;

  MigrationRestController(
      TierSnapshots snapshots, MigrationReport migration, TierPath path, ValueRequests requests) {
    this.snapshots = snapshots;
    this.migration = migration;
    this.path = path;
    this.requests = requests;
  }

  /** Period ends to take: every month end from {@code from}'s month to {@code to}'s. */
  record SnapshotRequest(
      @Size(max = 40) String scheme, @Size(max = 10) String from, @Size(max = 10) String to) {}

  @GetMapping("/snapshots")
  @Operation(
      summary = "The snapshotted period ends of a scheme, the latest first",
      description = "each with its active customers and when it was taken")
  Map<String, Object> snapshots(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code) {
    requests.require(ValueRequests.READ);
    PyramidScheme scheme = requests.scheme(code);
    List<Map<String, Object>> items =
        snapshots.periodEnds(scheme).stream()
            .map(
                day -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("periodEnd", day.toString());
                  item.put(
                      "takenAt", snapshots.takenAt(scheme, day).map(Object::toString).orElse(null));
                  return item;
                })
            .toList();
    return Map.of("scheme", scheme.code(), "items", items);
  }

  @PostMapping("/snapshots")
  @Operation(
      summary = "Take (or take again) a scheme's snapshots of past period ends",
      description =
          "from and to: months (2026-10) or their last days; every month end from from's to to's,"
              + " at most 120, each over before today; computed from the figures as they are now;"
              + " needs value.manage")
  Map<String, Object> take(@Valid @RequestBody SnapshotRequest request) {
    requests.require(ValueRequests.MANAGE);
    PyramidScheme scheme = requests.scheme(request.scheme() == null ? "" : request.scheme());
    LocalDate to = requests.periodEnd(request.to(), "to");
    LocalDate from =
        request.from() == null || request.from().isBlank()
            ? to
            : requests.periodEnd(request.from(), "from");
    if (from.isAfter(to)) {
      throw new BusinessRuleException("to", "after-from", "analytics.period.order");
    }
    if (from.plusMonths(TierSnapshots.BACKFILL_MAX).isBefore(to)) {
      throw new BusinessRuleException(
          "from", "range", "analytics.period.range", TierSnapshots.BACKFILL_MAX);
    }
    List<LocalDate> taken = snapshots.backfill(scheme, from, to, requests.zone());
    return Map.of(
        "scheme", scheme.code(), "taken", taken.stream().map(LocalDate::toString).toList());
  }

  @GetMapping("/migration")
  @Operation(
      summary = "How customers moved between tiers from one period end to a later one",
      description =
          "from and to: months (2026-09) or their last days, to after from, both over; a period"
              + " end not yet snapshotted is taken first. Cells {fromTier, toTier, customers,"
              + " revenue (net revenue over the window at to), previousRevenue (at from)}: fromTier"
              + " TOP to LOW or NEW (no value tier at from), toTier TOP to LOW or INACTIVE (lost);"
              + " upgrades, downgrades, stayed, lost and new customers; over the customers"
              + " value.read reaches")
  Map<String, Object> migration(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "from", required = false) String fromText,
      @RequestParam(name = "to", required = false) String toText) {
    Visibility reach = requests.require(ValueRequests.READ);
    Period period = period(code, fromText, toText);
    List<Cell> cells = migration.cells(period.scheme(), period.from(), period.to(), reach);
    Map<String, Integer> moves = new LinkedHashMap<>();
    for (String move : List.of("upgrades", "downgrades", "stayed", "lost", "new")) {
      moves.put(move, 0);
    }
    for (Cell cell : cells) {
      moves.merge(move(cell.fromTier(), cell.toTier()), cell.customers(), Integer::sum);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", period.scheme().code());
    json.put("from", period.from().toString());
    json.put("to", period.to().toString());
    json.put(
        "cells",
        cells.stream()
            .sorted(
                java.util.Comparator.comparingInt((Cell c) -> order(c.fromTier()))
                    .thenComparingInt(c -> order(c.toTier())))
            .map(
                cell -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("fromTier", cell.fromTier());
                  item.put("toTier", cell.toTier());
                  item.put("customers", cell.customers());
                  item.put("revenue", money(cell.revenue()));
                  item.put("previousRevenue", money(cell.previousRevenue()));
                  return item;
                })
            .toList());
    json.putAll(moves);
    return json;
  }

  @GetMapping("/migration/customers")
  @Operation(
      summary = "The customers of one cell of the migration matrix, by code",
      description = "limit 1 to 500 (default 100), nextCursor for the next page")
  Map<String, Object> movers(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "from", required = false) String fromText,
      @RequestParam(name = "to", required = false) String toText,
      @RequestParam(name = "fromTier") String fromTier,
      @RequestParam(name = "toTier") String toTier,
      @RequestParam(name = "limit", defaultValue = "100") String limit,
      @RequestParam(name = "cursor", required = false) String cursor) {
    Visibility reach = requests.require(ValueRequests.READ);
    String rowTier = tierOf(fromTier, "fromTier", MigrationReport.NEW);
    String columnTier = tierOf(toTier, "toTier", Tier.INACTIVE.name());
    int size = PyramidRestController.limit(limit);
    KeysetCursor after = CODE.decode(cursor);
    Period period = period(code, fromText, toText);
    List<MigrationReport.Mover> movers =
        migration.movers(
            period.scheme(),
            period.from(),
            period.to(),
            requests.readable(reach),
            rowTier,
            columnTier,
            after == null ? "" : after.string(0),
            size + 1);
    String next = null;
    if (movers.size() > size) {
      movers = movers.subList(0, size);
      next = CODE.encode(movers.get(size - 1).code());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "items",
        movers.stream()
            .map(
                m -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("customerId", m.customerId().toString());
                  item.put("code", m.code());
                  item.put("name", m.name());
                  item.put("revenue", money(m.revenue()));
                  item.put("previousRevenue", money(m.previousRevenue()));
                  return item;
                })
            .toList());
    json.put("nextCursor", next);
    return json;
  }

  @GetMapping("/tier-path")
  @Operation(
      summary = "A customer's tier at each snapshotted period end, the latest first",
      description =
          "customer: code or id; each step {periodEnd, tier, rank, revenue}, tier null where the"
              + " customer was not active; at most 120 steps")
  Map<String, Object> tierPath(
      @RequestParam(name = "scheme", defaultValue = "REVENUE_SHARES") String code,
      @RequestParam(name = "customer") String customer) {
    requests.require(ValueRequests.READ);
    PyramidScheme scheme = requests.scheme(code);
    CustomerRef ref = requests.readableCustomer(customer);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scheme", scheme.code());
    json.put("customerId", ref.id().value().toString());
    json.put("code", ref.code());
    json.put(
        "steps",
        path.of(scheme, ref.id().value(), PATH_MAX).stream()
            .map(
                step -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("periodEnd", step.periodEnd().toString());
                  item.put("tier", step.tier() == null ? null : step.tier().name());
                  item.put("rank", step.rank());
                  item.put("revenue", step.revenue() == null ? null : money(step.revenue()));
                  return item;
                })
            .toList());
    return json;
  }

  /** The scheme and the two period ends of a migration, each snapshotted (taken if not yet). */
  private record Period(PyramidScheme scheme, LocalDate from, LocalDate to) {}

  private Period period(String code, String fromText, String toText) {
    PyramidScheme scheme = requests.scheme(code);
    LocalDate from = requests.periodEnd(fromText, "from");
    LocalDate to = requests.periodEnd(toText, "to");
    if (!to.isAfter(from)) {
      throw new BusinessRuleException("to", "after-from", "analytics.period.order");
    }
    snapshots.ensure(scheme, List.of(from, to), requests.zone());
    return new Period(scheme, from, to);
  }

  private static String tierOf(String text, String field, String extra) {
    String typed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (typed.equals(extra)) {
      return typed;
    }
    for (Tier tier : List.of(Tier.TOP, Tier.HIGH, Tier.MIDDLE, Tier.LOW)) {
      if (tier.name().equals(typed)) {
        return typed;
      }
    }
    throw new BusinessRuleException(field, "one-of", "analytics.migration.tier.one-of");
  }

  /** What a cell is: an upgrade, a downgrade, stayed, lost (to INACTIVE) or new (from NEW). */
  static String move(String fromTier, String toTier) {
    if (MigrationReport.NEW.equals(fromTier)) {
      return "new";
    }
    if (Tier.INACTIVE.name().equals(toTier)) {
      return "lost";
    }
    int from = Tier.valueOf(fromTier).ordinal();
    int to = Tier.valueOf(toTier).ordinal();
    return to < from ? "upgrades" : to > from ? "downgrades" : "stayed";
  }

  /** Rows and columns in the matrix's order: NEW first, then TOP to LOW, then INACTIVE. */
  static int order(String tier) {
    return MigrationReport.NEW.equals(tier) ? -1 : Tier.valueOf(tier).ordinal();
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
