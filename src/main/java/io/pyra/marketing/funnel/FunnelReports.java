package io.pyra.marketing.funnel;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Where;
import io.pyra.sales.SalesApi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel of the leads created in a period within the reach of {@code lead.read} (owner and org
 * unit, identity's rule): one statement counts each lead's steps and groups them by the row's key
 * and the lead's campaign; the campaigns' costs in the base currency are then given to the rows —
 * whole by campaign, channel and month (by the month they were spent), shared by the leads' count
 * of each campaign for the other groupings.
 */
@Service
@Transactional(readOnly = true)
public class FunnelReports {

  public static final String READ = "lead.read";

  /** At most this many (row, campaign) pairs: more is refused, asking for a shorter period. */
  static final int MAX_PAIRS = 20_000;

  /** At most this many (row, month, campaign) rows for a report with its trend. */
  static final int MAX_MONTHLY_ROWS = 100_000;

  private static final int CHUNK = 1_000;

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final SalesApi sales;
  private final MessageSource messages;
  private final ZoneId zone;

  FunnelReports(
      JdbcClient jdbc,
      CurrentUser currentUser,
      IdentityApi identity,
      SalesApi sales,
      MessageSource messages,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.identity = identity;
    this.sales = sales;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** A row's key (and the leads' month, when read by month too) and a campaign's figures in it. */
  private record Pair(String key, String month, UUID campaignId, FunnelFigures figures) {}

  private record Campaign(String code, String name, UUID channelId, LocalizedName channel) {}

  /** The campaigns of the pairs, their costs in the period and the currencies left out. */
  private record Spending(
      String currency,
      Map<UUID, Campaign> campaigns,
      Map<UUID, Map<String, BigDecimal>> costs,
      List<String> leftOut) {}

  public FunnelReport report(FunnelPeriod period, FunnelGrouping grouping, Locale locale) {
    List<Pair> pairs = pairs(period, grouping, false);
    return report(period, grouping, pairs, spending(pairs, period), locale);
  }

  /**
   * The report and the trend of the same leads by month, from one run of the statement (the page's
   * table and its chart); the statement's rows are then per month too, at most {@value
   * #MAX_MONTHLY_ROWS}.
   */
  public FunnelTrend reportWithTrend(FunnelPeriod period, FunnelGrouping grouping, Locale locale) {
    if (grouping == FunnelGrouping.MONTH) {
      FunnelReport months = report(period, grouping, locale);
      return new FunnelTrend(months, months);
    }
    List<Pair> pairs = pairs(period, grouping, true);
    Spending spending = spending(pairs, period);
    List<Pair> byMonth =
        pairs.stream().map(p -> new Pair(p.month(), null, p.campaignId(), p.figures())).toList();
    return new FunnelTrend(
        report(period, grouping, pairs, spending, locale),
        report(period, FunnelGrouping.MONTH, byMonth, spending, locale));
  }

  private List<Pair> pairs(FunnelPeriod period, FunnelGrouping grouping, boolean monthly) {
    int max = monthly ? MAX_MONTHLY_ROWS : MAX_PAIRS;
    Where where =
        new Where()
            .and(
                "l.created_at >= :start",
                "start",
                SqlTime.utc(period.from().atStartOfDay(zone).toInstant()))
            .and(
                "l.created_at < :end",
                "end",
                SqlTime.utc(period.to().plusDays(1).atStartOfDay(zone).toInstant()))
            .and(currentUser.visibility(READ).condition("l.owner_id", "l.org_unit_id"))
            .param("fromDay", period.from())
            .param("toDay", period.to())
            .param("zone", zone.getId())
            .param("limit", max + 1);
    List<Pair> pairs =
        where
            .query(jdbc, FunnelSql.LEADS, monthly ? grouping.monthlyTail() : grouping.tail())
            .query(
                (rs, n) ->
                    new Pair(
                        key(grouping, rs.getString(1)),
                        monthly ? key(FunnelGrouping.MONTH, rs.getString(14)) : null,
                        rs.getObject(2, UUID.class),
                        new FunnelFigures(
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getLong(8),
                            money(rs.getBigDecimal(9)),
                            BigDecimal.ZERO,
                            rs.getDouble(10),
                            rs.getLong(11),
                            rs.getDouble(12),
                            rs.getLong(13))))
            .list();
    if (pairs.size() > max) {
      throw new BusinessRuleException("from", "too-many-rows", "funnel.tooManyRows", max);
    }
    return pairs;
  }

  private Spending spending(List<Pair> pairs, FunnelPeriod period) {
    String currency = sales.baseCurrency();
    List<UUID> campaignIds =
        pairs.stream().map(Pair::campaignId).filter(Objects::nonNull).distinct().toList();
    TreeSet<String> leftOut = new TreeSet<>();
    Map<UUID, Map<String, BigDecimal>> costs = costs(campaignIds, period, currency, leftOut);
    return new Spending(currency, campaigns(campaignIds), costs, List.copyOf(leftOut));
  }

  private FunnelReport report(
      FunnelPeriod period,
      FunnelGrouping grouping,
      List<Pair> pairs,
      Spending spending,
      Locale locale) {
    Map<UUID, Campaign> campaigns = spending.campaigns();
    Map<UUID, Map<String, BigDecimal>> costs = spending.costs();
    Map<String, FunnelFigures> rows = new LinkedHashMap<>();
    Map<UUID, Long> campaignLeads = new HashMap<>();
    for (Pair pair : pairs) {
      if (pair.campaignId() != null) {
        campaignLeads.merge(pair.campaignId(), pair.figures().leads(), Long::sum);
      }
    }
    for (Pair pair : pairs) {
      String key = pair.key();
      if (grouping == FunnelGrouping.CHANNEL) {
        Campaign campaign = campaigns.get(pair.campaignId());
        key = campaign == null ? "" : campaign.channelId().toString();
      }
      BigDecimal cost = BigDecimal.ZERO;
      if (pair.campaignId() != null && grouping != FunnelGrouping.MONTH) {
        BigDecimal whole = total(costs.get(pair.campaignId()));
        cost =
            grouping.costsWhole()
                ? whole
                : whole
                    .multiply(BigDecimal.valueOf(pair.figures().leads()))
                    .divide(
                        BigDecimal.valueOf(campaignLeads.get(pair.campaignId())),
                        6,
                        RoundingMode.HALF_EVEN);
      }
      rows.merge(key, pair.figures().withCost(cost), FunnelFigures::plus);
    }
    if (grouping == FunnelGrouping.MONTH) {
      costs
          .values()
          .forEach(
              byMonth ->
                  byMonth.forEach(
                      (month, amount) ->
                          rows.merge(
                              month, FunnelFigures.ZERO.withCost(amount), FunnelFigures::plus)));
    }
    BigDecimal totalCost =
        costs.values().stream().map(FunnelReports::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    FunnelFigures total =
        rows.values().stream().reduce(FunnelFigures.ZERO, FunnelFigures::plus).withCost(totalCost);

    Map<String, String> names = names(grouping, rows.keySet(), campaigns, locale);
    List<FunnelRow> list = new ArrayList<>();
    rows.forEach(
        (key, figures) ->
            list.add(new FunnelRow(key, names.get(key), figures.withCost(money(figures.cost())))));
    list.sort(
        grouping == FunnelGrouping.MONTH
            ? Comparator.comparing(FunnelRow::key)
            : Comparator.comparing((FunnelRow r) -> r.key().isEmpty())
                .thenComparing((FunnelRow r) -> -r.figures().leads())
                .thenComparing(FunnelRow::name, Comparator.nullsLast(Comparator.naturalOrder())));
    return new FunnelReport(
        period.from(),
        period.to(),
        grouping,
        spending.currency(),
        list,
        total.withCost(money(total.cost())),
        spending.leftOut());
  }

  private static String key(FunnelGrouping grouping, String value) {
    if (value == null) {
      return "";
    }
    if (grouping == FunnelGrouping.MONTH) {
      return value.substring(0, 4) + "-" + value.substring(4);
    }
    return value;
  }

  private Map<UUID, Campaign> campaigns(List<UUID> ids) {
    Map<UUID, Campaign> campaigns = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      jdbc.sql(FunnelSql.CAMPAIGNS)
          .param("campaigns", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .query(
              (rs, n) ->
                  campaigns.put(
                      rs.getObject(1, UUID.class),
                      new Campaign(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getObject(4, UUID.class),
                          new LocalizedName(rs.getString(5), rs.getString(6)))))
          .list();
    }
    return campaigns;
  }

  /** The costs of each campaign per month {@code yyyy-MM} in the base currency. */
  private Map<UUID, Map<String, BigDecimal>> costs(
      List<UUID> ids, FunnelPeriod period, String currency, TreeSet<String> leftOut) {
    Map<UUID, Map<String, BigDecimal>> costs = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      jdbc.sql(FunnelSql.COSTS)
          .param("campaigns", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .param("fromDay", period.from())
          .param("toDay", period.to())
          .query(
              (rs, n) -> {
                String month = key(FunnelGrouping.MONTH, rs.getString(2));
                if (currency.equals(rs.getString(3))) {
                  costs
                      .computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                      .merge(month, rs.getBigDecimal(4), BigDecimal::add);
                } else {
                  leftOut.add(rs.getString(3));
                }
                return month;
              })
          .list();
    }
    return costs;
  }

  private static BigDecimal total(Map<String, BigDecimal> byMonth) {
    return byMonth == null
        ? BigDecimal.ZERO
        : byMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private Map<String, String> names(
      FunnelGrouping grouping,
      java.util.Set<String> keys,
      Map<UUID, Campaign> campaigns,
      Locale locale) {
    Map<String, String> names = new HashMap<>();
    List<String> ids = keys.stream().filter(k -> !k.isEmpty()).toList();
    switch (grouping) {
      case CAMPAIGN ->
          ids.forEach(
              k -> {
                Campaign c = campaigns.get(UUID.fromString(k));
                names.put(k, c == null ? k : c.name() + " (" + c.code() + ")");
              });
      case CHANNEL ->
          campaigns
              .values()
              .forEach(c -> names.put(c.channelId().toString(), c.channel().in(locale)));
      case SOURCE ->
          ids.forEach(
              k -> names.put(k, messages.getMessage("funnel.source." + k, null, k, locale)));
      case CENTRE ->
          identity
              .orgUnitNames(ids.stream().map(k -> new OrgUnitId(UUID.fromString(k))).toList())
              .forEach((id, name) -> names.put(id.value().toString(), name));
      case AGENT, CONSULTANT ->
          identity
              .displayNames(ids.stream().map(k -> new UserId(UUID.fromString(k))).toList())
              .forEach((id, name) -> names.put(id.value().toString(), name));
      case MONTH -> ids.forEach(k -> names.put(k, k));
    }
    names.put("", messages.getMessage("funnel.none." + grouping.parameter(), null, "—", locale));
    ids.forEach(k -> names.putIfAbsent(k, k));
    return names;
  }

  private static BigDecimal money(BigDecimal value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_EVEN);
  }
}
