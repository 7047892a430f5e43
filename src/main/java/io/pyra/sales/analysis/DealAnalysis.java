package io.pyra.sales.analysis;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunities' side of the sales analysis (seed 001's 丢单分析, seed 003's forecast): deals lost
 * in a period by reason, competitor and the stage they were lost from; the win rate of the deals
 * closed in a period by owner; the weighted forecast (amount × probability / 100) of the open deals
 * by month of expected close and owner. Amounts in the base currency at the rates of the period's
 * last day.
 */
@Service
@Transactional(readOnly = true)
public class DealAnalysis {

  private static final String LOST =
      " from sales_opportunity op where op.status = 'LOST' and op.closed_on >= :from"
          + " and op.closed_on <= :to and ";
  private static final String BY_REASON =
      "select op.lost_reason_id, op.currency, count(*), sum(op.amount)" + LOST;
  private static final String BY_COMPETITOR =
      "select op.competitor, op.currency, count(*), sum(op.amount)" + LOST;
  private static final String BY_STAGE =
      "select x.stage_id, x.currency, count(*), sum(x.amount) from (select op.currency, op.amount,"
          + " (select sc.from_stage_id from sales_opportunity_stage_change sc"
          + " where sc.opportunity_id = op.id and sc.to_stage_id = op.stage_id"
          + " order by sc.entered_at desc limit 1) as stage_id"
          + LOST;
  private static final String WIN_RATE =
      "select op.owner_id, op.currency, sum(case when op.status = 'WON' then 1 else 0 end),"
          + " sum(case when op.status = 'LOST' then 1 else 0 end),"
          + " sum(case when op.status = 'WON' then op.amount else 0 end)"
          + " from sales_opportunity op where op.status in ('WON', 'LOST')"
          + " and op.closed_on >= :from and op.closed_on <= :to and ";
  private static final String FORECAST_MONTH =
      "extract(year from op.expected_close) * 100 + extract(month from op.expected_close)";
  private static final String FORECAST =
      "select "
          + FORECAST_MONTH
          + ", op.owner_id, op.currency, count(*), sum(op.amount), sum(op.amount * op.probability)"
          + " from sales_opportunity op where op.status = 'OPEN' and op.expected_close >= :from"
          + " and op.expected_close <= :to and ";

  private final JdbcClient jdbc;
  private final SalesScope scope;
  private final SalesCurrency currency;
  private final IdentityApi identity;
  private final SalesLabels labels;

  DealAnalysis(
      JdbcClient jdbc,
      SalesScope scope,
      SalesCurrency currency,
      IdentityApi identity,
      SalesLabels labels) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.currency = currency;
    this.identity = identity;
    this.labels = labels;
  }

  /** Lost deals of one reason, competitor or stage: how many, and their amount. */
  public record DealRow(String key, String label, long deals, BigDecimal amount) {}

  public record LostDeals(
      String currency, List<DealRow> reasons, List<DealRow> competitors, List<DealRow> stages) {}

  /** Deals closed by one owner (or all: key {@code total}); {@code rate} in percent. */
  public record WinRateRow(
      String key, String label, long won, long lost, BigDecimal rate, BigDecimal wonAmount) {}

  /** The open deals of one owner expected to close in one month. */
  public record ForecastRow(
      String month,
      String ownerKey,
      String owner,
      long deals,
      BigDecimal amount,
      BigDecimal weighted) {}

  public LostDeals lostDeals(SalesFilter filter, Locale locale) {
    SalesCurrency.Converter rates = currency.converter(filter.period().to());
    Where where = where(filter);
    Map<String, BigDecimal[]> reasons =
        sums(where, BY_REASON, "group by op.lost_reason_id, op.currency", rates);
    Map<String, BigDecimal[]> competitors =
        sums(where, BY_COMPETITOR, "group by op.competitor, op.currency", rates);
    Map<String, BigDecimal[]> stages =
        sums(where, BY_STAGE, ") x group by x.stage_id, x.currency", rates);
    Map<String, String> reasonNames = new HashMap<>();
    jdbc.sql("select id, name_en, name_zh from sales_lost_reason")
        .query(
            rs -> {
              reasonNames.put(
                  rs.getObject(1, UUID.class).toString(),
                  new LocalizedName(rs.getString(2), rs.getString(3)).in(locale));
            });
    Map<String, String> stageNames = new HashMap<>();
    jdbc.sql(
            "select s.id, p.name_en, p.name_zh, s.name_en, s.name_zh from sales_pipeline_stage s"
                + " join sales_pipeline p on p.id = s.pipeline_id")
        .query(
            rs -> {
              stageNames.put(
                  rs.getObject(1, UUID.class).toString(),
                  new LocalizedName(rs.getString(2), rs.getString(3)).in(locale)
                      + " › "
                      + new LocalizedName(rs.getString(4), rs.getString(5)).in(locale));
            });
    String none = labels.message("sales.analysis.none.given", locale);
    return new LostDeals(
        rates.base(),
        rows(reasons, reasonNames, none),
        rows(competitors, Map.of(), none),
        rows(stages, stageNames, none));
  }

  public List<WinRateRow> winRate(SalesFilter filter, Locale locale) {
    SalesCurrency.Converter rates = currency.converter(filter.period().to());
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> amounts = new HashMap<>();
    where(filter)
        .query(jdbc, WIN_RATE, "group by op.owner_id, op.currency")
        .query(
            rs -> {
              String key = rs.getObject(1, UUID.class).toString();
              long[] c = counts.computeIfAbsent(key, k -> new long[2]);
              c[0] += rs.getLong(3);
              c[1] += rs.getLong(4);
              amounts.merge(
                  key, rates.toBase(rs.getBigDecimal(5), rs.getString(2)), BigDecimal::add);
            });
    Map<UserId, String> names =
        identity.displayNames(
            counts.keySet().stream().map(k -> new UserId(UUID.fromString(k))).toList());
    List<WinRateRow> rows = new ArrayList<>();
    long won = 0;
    long lost = 0;
    BigDecimal wonAmount = BigDecimal.ZERO;
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      BigDecimal amount = amounts.getOrDefault(e.getKey(), BigDecimal.ZERO);
      String name = names.getOrDefault(new UserId(UUID.fromString(e.getKey())), e.getKey());
      rows.add(
          new WinRateRow(
              e.getKey(), name, c[0], c[1], rate(c[0], c[1]), SalesCurrency.cents(amount)));
      won += c[0];
      lost += c[1];
      wonAmount = wonAmount.add(amount);
    }
    rows.sort(Comparator.comparing(WinRateRow::rate).reversed().thenComparing(WinRateRow::label));
    rows.add(
        new WinRateRow(
            "total",
            labels.message("sales.analysis.total", locale),
            won,
            lost,
            rate(won, lost),
            SalesCurrency.cents(wonAmount)));
    return rows;
  }

  public List<ForecastRow> forecast(SalesFilter filter, Locale locale) {
    SalesCurrency.Converter rates = currency.converter(filter.period().to());
    record Key(String month, String owner) {}
    Map<Key, BigDecimal[]> sums = new LinkedHashMap<>();
    Map<Key, Long> deals = new HashMap<>();
    where(filter)
        .query(jdbc, FORECAST, "group by " + FORECAST_MONTH + ", op.owner_id, op.currency")
        .query(
            rs -> {
              long n = rs.getLong(1);
              Key key =
                  new Key(
                      YearMonth.of((int) (n / 100), (int) (n % 100)).toString(),
                      rs.getObject(2, UUID.class).toString());
              String cur = rs.getString(3);
              BigDecimal[] s =
                  sums.computeIfAbsent(
                      key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
              s[0] = s[0].add(rates.toBase(rs.getBigDecimal(5), cur));
              s[1] = s[1].add(rates.toBase(rs.getBigDecimal(6), cur));
              deals.merge(key, rs.getLong(4), Long::sum);
            });
    Map<UserId, String> names =
        identity.displayNames(
            sums.keySet().stream().map(k -> new UserId(UUID.fromString(k.owner()))).toList());
    List<ForecastRow> rows = new ArrayList<>();
    sums.forEach(
        (key, s) ->
            rows.add(
                new ForecastRow(
                    key.month(),
                    key.owner(),
                    names.getOrDefault(new UserId(UUID.fromString(key.owner())), key.owner()),
                    deals.get(key),
                    SalesCurrency.cents(s[0]),
                    SalesCurrency.cents(s[1].divide(BigDecimal.valueOf(100))))));
    rows.sort(Comparator.comparing(ForecastRow::month).thenComparing(ForecastRow::owner));
    return rows;
  }

  private Where where(SalesFilter filter) {
    Where where =
        new Where()
            .and(scope.opportunities().wrap("(", ")"))
            .param("from", filter.period().from())
            .param("to", filter.period().to());
    OrgUnitSummary unit = scope.unit(filter.orgUnitId());
    if (unit != null) {
      where.and(unit.subtree("op.org_unit_id"));
    }
    if (filter.ownerId() != null) {
      where.and("op.owner_id = :owner", "owner", filter.ownerId());
    }
    return where;
  }

  /** Counts and amounts (converted) by the first column, across currencies. */
  private Map<String, BigDecimal[]> sums(
      Where where, String head, String tail, SalesCurrency.Converter rates) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    where
        .query(jdbc, head, tail)
        .query(
            rs -> {
              Object value = rs.getObject(1);
              String key =
                  value == null || value.toString().isBlank()
                      ? SalesSummaryRow.NONE
                      : value.toString().strip();
              BigDecimal[] s =
                  sums.computeIfAbsent(
                      key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
              s[0] = s[0].add(BigDecimal.valueOf(rs.getLong(3)));
              s[1] = s[1].add(rates.toBase(rs.getBigDecimal(4), rs.getString(2)));
            });
    return sums;
  }

  private static List<DealRow> rows(
      Map<String, BigDecimal[]> sums, Map<String, String> names, String none) {
    List<DealRow> rows = new ArrayList<>();
    sums.forEach(
        (key, s) ->
            rows.add(
                new DealRow(
                    key,
                    SalesSummaryRow.NONE.equals(key) ? none : names.getOrDefault(key, key),
                    s[0].longValue(),
                    SalesCurrency.cents(s[1]))));
    rows.sort(Comparator.comparing(DealRow::deals).reversed().thenComparing(DealRow::label));
    return rows;
  }

  private static BigDecimal rate(long won, long lost) {
    return won + lost == 0
        ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(won * 100)
            .divide(BigDecimal.valueOf(won + lost), 2, RoundingMode.HALF_EVEN);
  }
}
