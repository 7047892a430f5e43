package io.pyra.analytics.pyramid;

import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Pareto curve of a pyramid: for every {@code step} percent p of the active customers, the top
 * ⌈p % × n⌉ in rank order and their share of the net revenue. A month-end snapshot keeps the curve
 * over every active customer at each whole percent ({@code analytics_pareto_point}), so that a
 * caller who reaches the whole company reads a hundred rows instead of every customer's revenue.
 */
@Component
public class ParetoCurve {

  private static final String SNAPSHOT_REVENUE =
      """
      select s.revenue from analytics_tier_snapshot s
       where s.scheme_id = :scheme and s.period_end = :day
       order by s.tier_rank""";

  private static final String KEEP =
      "insert into analytics_pareto_point (scheme_id, period_end, customer_percent, customers,"
          + " revenue) values (?, ?, ?, ?, ?)";

  private static final String KEPT =
      """
      select customer_percent, customers, revenue from analytics_pareto_point
       where scheme_id = :scheme and period_end = :day
       order by customer_percent""";

  /** A point of the curve: the top share of the active customers and their revenue share. */
  public record Point(int customerPercent, int customers, BigDecimal revenueShare) {}

  /** The top customers of a percent and their net revenue, before the share is taken. */
  private record Cumulative(int customerPercent, int customers, BigDecimal revenue) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ParetoCurve(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Keeps the curve of the snapshot of {@code scheme} at {@code day} over every active customer;
   * called in the transaction that takes the snapshot, after its rows are written (a retake deletes
   * the points first); the hundred points in one batch.
   */
  void keep(PyramidScheme scheme, LocalDate day) {
    List<BigDecimal> revenues =
        jdbc.sql(SNAPSHOT_REVENUE)
            .param("scheme", scheme.id())
            .param("day", day)
            .query(BigDecimal.class)
            .list();
    List<Object[]> rows = new ArrayList<>();
    for (Cumulative point : cumulative(revenues, 1)) {
      rows.add(
          new Object[] {
            scheme.id(), day, point.customerPercent(), point.customers(), point.revenue()
          });
    }
    template.batchUpdate(KEEP, rows);
  }

  /**
   * The kept curve of the snapshot at {@code day} at every {@code step} percent; empty when none
   * was kept (a snapshot taken before curves were kept, or one without active customers).
   */
  List<Point> kept(PyramidScheme scheme, LocalDate day, int step) {
    List<Cumulative> all = new ArrayList<>();
    jdbc.sql(KEPT)
        .param("scheme", scheme.id())
        .param("day", day)
        .query(
            (RowCallbackHandler)
                rs -> all.add(new Cumulative(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3))));
    if (all.size() != 100) {
      return List.of();
    }
    BigDecimal total = all.get(99).revenue();
    return all.stream()
        .filter(p -> p.customerPercent() % step == 0)
        .map(p -> new Point(p.customerPercent(), p.customers(), share(p.revenue(), total)))
        .toList();
  }

  /** The curve of the revenues a statement lists in rank order (the best customer first). */
  List<Point> of(QueryPart revenuesInRankOrder, int step) {
    List<BigDecimal> revenues = revenuesInRankOrder.query(jdbc).query(BigDecimal.class).list();
    List<Cumulative> points = cumulative(revenues, step);
    BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return points.stream()
        .map(p -> new Point(p.customerPercent(), p.customers(), share(p.revenue(), total)))
        .toList();
  }

  private static List<Cumulative> cumulative(List<BigDecimal> revenues, int step) {
    int n = revenues.size();
    List<Cumulative> points = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int counted = 0;
    for (int percent = step; percent <= 100 && n > 0; percent += step) {
      int top = (int) Math.min(n, ((long) percent * n + 99) / 100);
      while (counted < top) {
        sum = sum.add(revenues.get(counted++));
      }
      points.add(new Cumulative(percent, top, sum));
    }
    return points;
  }

  /** The share of the net revenue; null when the revenue is not positive. */
  private static BigDecimal share(BigDecimal revenue, BigDecimal total) {
    return total.signum() <= 0 ? null : revenue.divide(total, 6, RoundingMode.HALF_EVEN);
  }
}
