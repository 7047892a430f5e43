package io.pyra.sales.analysis;

import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales figures (issue 13, seed 001's 销售状况, 销售构成, 前期比较): for a period, within the user's reach and
 * optionally an org unit's subtree and an owner, the sales grouped by period, product, category,
 * owner, org unit, country or source; this period against the previous one and the same one a year
 * before; the share of each product or category. Each figure is one grouped statement over the
 * orders (or their lines) and one over the refunds.
 */
@Service
@Transactional(readOnly = true)
public class SalesAnalysis {

  private final JdbcClient jdbc;
  private final SalesScope scope;
  private final SalesLabels labels;
  private final SalesCurrency currency;

  SalesAnalysis(JdbcClient jdbc, SalesScope scope, SalesLabels labels, SalesCurrency currency) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.labels = labels;
    this.currency = currency;
  }

  /** The figures of a period grouped as asked, with the base currency they are in. */
  public record Summary(
      SalesFilter filter, SalesGrouping grouping, String currency, List<SalesSummaryRow> rows) {}

  /** One period's totals against the previous period's and the same period's a year before. */
  public record Comparison(
      String currency,
      SalesPeriod current,
      SalesPeriod previous,
      SalesPeriod yearBefore,
      SalesSummaryRow currentTotals,
      SalesSummaryRow previousTotals,
      SalesSummaryRow yearBeforeTotals) {}

  /** A product's or category's share of the period's net sales, in percent (two decimals). */
  public record Share(SalesSummaryRow row, BigDecimal percent) {}

  /** The base currency every figure is in. */
  public String currency() {
    return currency.base();
  }

  /** The change from {@code before} to {@code now} in percent; {@code null} when before is 0. */
  public static BigDecimal change(BigDecimal now, BigDecimal before) {
    if (before.signum() == 0) {
      return null;
    }
    return now.subtract(before)
        .multiply(BigDecimal.valueOf(100))
        .divide(before.abs(), 2, RoundingMode.HALF_EVEN);
  }

  /** The org units the current user may choose, in tree order. */
  public List<OrgUnitSummary> units() {
    return scope.units();
  }

  public Summary summary(SalesFilter filter, SalesGrouping grouping, Locale locale) {
    Where where = where(filter);
    Map<String, Figures> figures = new LinkedHashMap<>();
    where
        .query(jdbc, grouping.orders, grouping.ordersTail)
        .query(
            rs -> {
              Figures f = figures.computeIfAbsent(key(grouping, rs), k -> new Figures());
              f.orders += rs.getLong(2);
              f.customers += rs.getLong(3);
              f.gross = f.gross.add(decimal(rs, 4));
              f.credit = f.credit.add(decimal(rs, 5));
              f.cost = f.cost.add(decimal(rs, 6));
            });
    where
        .query(jdbc, grouping.refunds, grouping.refundsTail)
        .query(
            rs -> {
              Figures f = figures.computeIfAbsent(key(grouping, rs), k -> new Figures());
              f.refunded = f.refunded.add(decimal(rs, 2));
            });
    if (grouping.byTime()) {
      Map<String, Figures> all = new LinkedHashMap<>();
      for (String key : periods(grouping, filter.period())) {
        all.put(key, figures.getOrDefault(key, new Figures()));
      }
      figures.clear();
      figures.putAll(all);
    }
    Map<String, String> names = labels.of(grouping, figures.keySet(), locale);
    List<SalesSummaryRow> rows = new ArrayList<>();
    figures.forEach((key, f) -> rows.add(f.row(key, names.get(key))));
    if (!grouping.byTime()) {
      rows.sort(
          Comparator.comparing(SalesSummaryRow::net)
              .reversed()
              .thenComparing(
                  SalesSummaryRow::label, Comparator.nullsLast(Comparator.naturalOrder())));
    }
    return new Summary(filter, grouping, currency.base(), rows);
  }

  public Comparison comparison(SalesFilter filter, Locale locale) {
    SalesPeriod period = filter.period();
    SalesPeriod previous = period.previous();
    SalesPeriod yearBefore = period.yearBefore();
    return new Comparison(
        currency.base(),
        period,
        previous,
        yearBefore,
        totals(filter, locale),
        totals(filter.withPeriod(previous), locale),
        totals(filter.withPeriod(yearBefore), locale));
  }

  /** The share of each product or category (by {@code grouping}) of the net sales. */
  public List<Share> composition(SalesFilter filter, SalesGrouping grouping, Locale locale) {
    Summary summary = summary(filter, grouping, locale);
    BigDecimal total =
        summary.rows().stream().map(SalesSummaryRow::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    return summary.rows().stream()
        .map(
            row ->
                new Share(
                    row,
                    total.signum() == 0
                        ? BigDecimal.ZERO.setScale(2)
                        : row.net()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(total, 2, RoundingMode.HALF_EVEN)))
        .toList();
  }

  /** The period's figures in one row (customers counted once however often they bought). */
  public SalesSummaryRow totals(SalesFilter filter, Locale locale) {
    List<SalesSummaryRow> rows = summary(filter, SalesGrouping.TOTAL, locale).rows();
    return rows.isEmpty() ? new Figures().row("total", "total") : rows.get(0);
  }

  private Where where(SalesFilter filter) {
    Where where =
        new Where()
            .and(scope.orders().wrap("(", ")"))
            .param("from", filter.period().from())
            .param("to", filter.period().to());
    OrgUnitSummary unit = scope.unit(filter.orgUnitId());
    if (unit != null) {
      where.and(unit.subtree("o.org_unit_id"));
    }
    if (filter.ownerId() != null) {
      where.and("o.owner_id = :owner", "owner", filter.ownerId());
    }
    return where;
  }

  /** The keys of every period of the range: 2025-01, 2025-Q1, 2025. */
  private static List<String> periods(SalesGrouping grouping, SalesPeriod period) {
    List<String> keys = new ArrayList<>();
    for (YearMonth month : period.months()) {
      String key =
          switch (grouping) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(month.getYear());
          };
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static String key(SalesGrouping grouping, ResultSet rs) throws SQLException {
    Object value = rs.getObject(1);
    if (value == null) {
      return SalesSummaryRow.NONE;
    }
    return switch (grouping) {
      case MONTH -> {
        long n = ((Number) value).longValue();
        yield YearMonth.of((int) (n / 100), (int) (n % 100)).toString();
      }
      case QUARTER -> {
        long n = ((Number) value).longValue();
        yield (n / 10) + "-Q" + (n % 10);
      }
      case YEAR, TOTAL -> String.valueOf(((Number) value).longValue());
      default -> value.toString();
    };
  }

  private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The exact sums of one group, before rounding. */
  private static final class Figures {
    long orders;
    long customers;
    BigDecimal gross = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;

    SalesSummaryRow row(String key, String label) {
      BigDecimal returns = credit.subtract(refunded);
      BigDecimal net = gross.add(returns);
      return new SalesSummaryRow(
          key,
          label,
          orders,
          customers,
          SalesCurrency.cents(gross),
          SalesCurrency.cents(returns),
          SalesCurrency.cents(net),
          SalesCurrency.cents(cost),
          SalesCurrency.cents(net.subtract(cost)));
    }
  }
}
