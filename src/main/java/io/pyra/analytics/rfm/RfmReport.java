package io.pyra.analytics.rfm;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.TierRanking;
import io.pyra.analytics.pyramid.TierSnapshots;
import io.pyra.analytics.rfm.RfmSegments.Segment;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM as of a day over a scheme's window: for every customer active in the window (a sale in it),
 * the days from the last sale's day to the as-of day, the number of sales and the net revenue, each
 * scored 1–5 by ntile(5) over the scheme's whole audience from worst to best, ties by code (the
 * rule {@link RfmScores} states in Java). At a snapshotted month end the scores are read from the
 * snapshot; on other days they are computed in one statement.
 */
@Component
public class RfmReport {

  /** At a month end: the counts kept with the snapshot, per owner and org unit then. */
  private static final String SNAPSHOT_COUNTS =
      """
      select s.r_score, s.f_score, s.m_score, sum(s.customers), sum(s.revenue)
        from analytics_rfm_count s
       where s.scheme_id = :scheme and s.period_end = :day and\s""";

  private static final String SCORE_GROUPS = " group by s.r_score, s.f_score, s.m_score";

  private static final String LIVE_COUNTS =
      "select s.r_score, s.f_score, s.m_score, count(*), sum(s.revenue) from ";

  private static final String LIVE_JOIN =
      " s join customer_card_view c on c.id = s.customer_id where ";

  private static final String SNAPSHOT_ROWS =
      """
      select s.customer_id, c.code, c.name, s.last_sale_day, s.frequency, s.revenue, s.r_score,
             s.f_score, s.m_score
        from analytics_tier_snapshot s join customer_card_view c on c.id = s.customer_id
       where s.scheme_id = :scheme and s.period_end = :day and\s""";

  private static final String LIVE_ROWS =
      """
      select s.customer_id, c.code, c.name, s.last_sale, s.frequency, s.revenue, s.r_score,
             s.f_score, s.m_score from\s""";

  private static final String ROWS_TAIL = " and c.code > :after order by c.code limit :limit";

  private final JdbcClient jdbc;
  private final TierSnapshots snapshots;
  private final RfmSegments segments;

  private final java.time.ZoneId zone;

  RfmReport(
      JdbcClient jdbc,
      TierSnapshots snapshots,
      RfmSegments segments,
      @org.springframework.beans.factory.annotation.Value("${pyra.time-zone:UTC}") String zone) {
    this.zone = java.time.ZoneId.of(zone);
    this.jdbc = jdbc;
    this.snapshots = snapshots;
    this.segments = segments;
  }

  /** Counts per score and per segment. */
  public record RfmCounts(
      int active,
      Map<Integer, Long> r,
      Map<Integer, Long> f,
      Map<Integer, Long> m,
      List<SegmentCount> segments) {}

  /** A segment's customers and their net revenue. */
  public record SegmentCount(Segment segment, long customers, BigDecimal revenue) {}

  /** One customer's figures and scores. */
  public record RfmRow(
      UUID customerId,
      String code,
      String name,
      int recencyDays,
      int frequency,
      BigDecimal monetary,
      int r,
      int f,
      int m,
      Segment segment) {}

  /** The counts over the active customers {@code reach} covers. */
  public RfmCounts counts(PyramidScheme scheme, LocalDate asOf, Visibility reach) {
    QueryPart statement;
    if (snapshotted(scheme, asOf)) {
      statement =
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(SNAPSHOT_COUNTS).with("scheme", scheme.id()).with("day", asOf),
                  reach.condition("s.owner_id", "s.org_unit_id").wrap("(", ")"),
                  QueryPart.of(SCORE_GROUPS)));
    } else {
      statement =
          QueryPart.join(
              "",
              List.of(
                  QueryPart.of(LIVE_COUNTS),
                  TierRanking.rankedWithRfm(scheme, asOf, zone),
                  QueryPart.of(LIVE_JOIN),
                  reach.condition("c.owner_id", "c.org_unit_id").wrap("(", ")"),
                  QueryPart.of(SCORE_GROUPS)));
    }
    Map<Integer, Long> r = scores();
    Map<Integer, Long> f = scores();
    Map<Integer, Long> m = scores();
    List<Segment> named = segments.list();
    Map<String, long[]> customers = new LinkedHashMap<>();
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    named.forEach(
        s -> {
          customers.put(s.code(), new long[1]);
          revenue.put(s.code(), BigDecimal.ZERO);
        });
    long[] active = new long[1];
    statement
        .query(jdbc)
        .query(
            rs -> {
              int rs1 = rs.getInt(1);
              int fs = rs.getInt(2);
              long n = rs.getLong(4);
              BigDecimal sum = rs.getBigDecimal(5);
              r.merge(rs1, n, Long::sum);
              f.merge(fs, n, Long::sum);
              m.merge(rs.getInt(3), n, Long::sum);
              active[0] += n;
              Segment segment = RfmSegments.of(named, rs1, fs);
              customers.get(segment.code())[0] += n;
              revenue.merge(segment.code(), sum, BigDecimal::add);
            });
    return new RfmCounts(
        Math.toIntExact(active[0]),
        r,
        f,
        m,
        named.stream()
            .map(s -> new SegmentCount(s, customers.get(s.code())[0], revenue.get(s.code())))
            .toList());
  }

  /**
   * At most {@code limit} active customers by code after {@code afterCode}, of those every one of
   * {@code reaches} covers; only those of {@code segment} when one is given.
   */
  public List<RfmRow> rows(
      PyramidScheme scheme,
      LocalDate asOf,
      List<Visibility> reaches,
      Segment segment,
      String afterCode,
      int limit) {
    List<Segment> named = segments.list();
    QueryPart condition = QueryPart.ALWAYS;
    for (Visibility reach : reaches) {
      condition = condition.and(reach.condition("c.owner_id", "c.org_unit_id"));
    }
    if (segment != null) {
      List<Integer> pairs = new ArrayList<>();
      for (int r = 1; r <= 5; r++) {
        for (int f = 1; f <= 5; f++) {
          if (RfmSegments.of(named, r, f).code().equals(segment.code())) {
            pairs.add(r * 10 + f);
          }
        }
      }
      condition =
          condition.and(QueryPart.of("s.r_score * 10 + s.f_score in (:pairs)", "pairs", pairs));
    }
    return query(scheme, asOf, condition.wrap("(", ")"), afterCode, limit, named);
  }

  /** One active customer's row, whoever may see it (the caller checks the customer). */
  public java.util.Optional<RfmRow> customer(
      PyramidScheme scheme, LocalDate asOf, UUID customerId) {
    return query(
            scheme,
            asOf,
            QueryPart.of("s.customer_id = :customer", "customer", customerId),
            "",
            1,
            segments.list())
        .stream()
        .findFirst();
  }

  private List<RfmRow> query(
      PyramidScheme scheme,
      LocalDate asOf,
      QueryPart condition,
      String afterCode,
      int limit,
      List<Segment> named) {
    QueryPart statement =
        snapshotted(scheme, asOf)
            ? QueryPart.join(
                "",
                List.of(
                    QueryPart.of(SNAPSHOT_ROWS).with("scheme", scheme.id()).with("day", asOf),
                    condition,
                    QueryPart.of(ROWS_TAIL).with("after", afterCode).with("limit", limit)))
            : QueryPart.join(
                "",
                List.of(
                    QueryPart.of(LIVE_ROWS),
                    TierRanking.rankedWithRfm(scheme, asOf, zone),
                    QueryPart.of(LIVE_JOIN),
                    condition,
                    QueryPart.of(ROWS_TAIL).with("after", afterCode).with("limit", limit)));
    return statement
        .query(jdbc)
        .query(
            (rs, n) -> {
              int r = rs.getInt(7);
              int f = rs.getInt(8);
              return new RfmRow(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  Math.toIntExact(ChronoUnit.DAYS.between(rs.getObject(4, LocalDate.class), asOf)),
                  rs.getInt(5),
                  rs.getBigDecimal(6),
                  r,
                  f,
                  rs.getInt(9),
                  RfmSegments.of(named, r, f));
            })
        .list();
  }

  private boolean snapshotted(PyramidScheme scheme, LocalDate asOf) {
    return TierSnapshots.isPeriodEnd(asOf) && snapshots.taken(scheme, asOf);
  }

  private static Map<Integer, Long> scores() {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      counts.put(score, 0L);
    }
    return counts;
  }
}
