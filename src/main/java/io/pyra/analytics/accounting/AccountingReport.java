package io.pyra.analytics.accounting;

import io.pyra.analytics.accounting.ServedCustomers.Customer;
import io.pyra.analytics.accounting.ServedCustomers.Served;
import io.pyra.analytics.pyramid.CustomerTiers;
import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.RoleId;
import io.pyra.identity.UserId;
import io.pyra.platform.effort.ServiceEffort;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer-based accounting over a period (seed 002): per customer and per tier, net revenue and
 * product cost (analytics' figures per customer and day), cost to serve (the effort the sources
 * report, priced by the administrator's rates), profit and ROI. Over the customers a reach covers
 * that bought or were served in the period, each in their tier of a scheme as of the period's last
 * day.
 */
@Component
public class AccountingReport {

  private static final String SALES =
      "select d.customer_id, c.code, c.name, sum(d.net_revenue), sum(d.cost)"
          + " from analytics_customer_day d join customer_card_view c on c.id = d.customer_id"
          + " where c.deleted_at is null and c.merged_into_id is null"
          + " and d.sale_day >= :from and d.sale_day <= :to and ";

  private static final String SALES_TAIL = " group by d.customer_id, c.code, c.name";

  /** A customer's figures over the period. */
  public record Line(
      UUID customerId,
      String code,
      String name,
      Tier tier,
      BigDecimal revenue,
      BigDecimal productCost,
      BigDecimal costToServe) {

    public BigDecimal profit() {
      return revenue.subtract(productCost).subtract(costToServe);
    }

    public BigDecimal cost() {
      return productCost.add(costToServe);
    }
  }

  /** The sums over a set of customers (a tier, or all). */
  public record Sum(
      int customers, BigDecimal revenue, BigDecimal productCost, BigDecimal costToServe) {

    static final Sum ZERO = new Sum(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Sum plus(Line line) {
      return new Sum(
          customers + 1,
          revenue.add(line.revenue()),
          productCost.add(line.productCost()),
          costToServe.add(line.costToServe()));
    }

    public BigDecimal profit() {
      return revenue.subtract(productCost).subtract(costToServe);
    }

    public BigDecimal cost() {
      return productCost.add(costToServe);
    }
  }

  /** The report: per tier (all seven, in order), in total, and per customer by code. */
  public record Accounting(
      PyramidScheme scheme,
      LocalDate from,
      LocalDate to,
      Map<Tier, Sum> tiers,
      Sum total,
      List<Line> customers) {}

  private final JdbcClient jdbc;
  private final ServedCustomers served;
  private final CostRates rates;
  private final CustomerTiers tiers;
  private final IdentityApi identity;

  AccountingReport(
      JdbcClient jdbc,
      ServedCustomers served,
      CostRates rates,
      CustomerTiers tiers,
      IdentityApi identity) {
    this.jdbc = jdbc;
    this.served = served;
    this.rates = rates;
    this.tiers = tiers;
    this.identity = identity;
  }

  /** Those of {@code customers} that {@code reach} covers (a condition on {@code c}). */
  @Transactional(readOnly = true)
  public java.util.Set<UUID> covered(java.util.Collection<UUID> customers, QueryPart reach) {
    return served.reached(java.util.Set.copyOf(customers), reach).keySet();
  }

  @Transactional(readOnly = true)
  public Accounting compute(
      PyramidScheme scheme, LocalDate from, LocalDate to, QueryPart reach, ZoneId zone) {
    Map<UUID, Customer> customers = new HashMap<>();
    Map<UUID, BigDecimal[]> sales = new HashMap<>();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(SALES).with("from", from).with("to", to),
                reach.wrap("(", ")"),
                QueryPart.of(SALES_TAIL)))
        .query(jdbc)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              customers.put(id, new Customer(id, rs.getString(2), rs.getString(3)));
              sales.put(id, new BigDecimal[] {rs.getBigDecimal(4), rs.getBigDecimal(5)});
            });

    Served effort = served.effort(from, to, zone, reach);
    customers.putAll(effort.customers());
    CostRates.Rates priced = rates.current();
    Map<RoleId, String> roleCodes = new HashMap<>();
    identity.roles().forEach(r -> roleCodes.put(r.id(), r.code()));
    Map<UUID, List<String>> roles = new HashMap<>();
    Map<UUID, BigDecimal> toServe = new HashMap<>();
    for (ServiceEffort e : effort.effort()) {
      List<String> codes =
          roles.computeIfAbsent(
              e.userId(),
              user ->
                  identity.roleIds(new UserId(user)).stream()
                      .map(roleCodes::get)
                      .filter(java.util.Objects::nonNull)
                      .toList());
      toServe.merge(e.customerId(), priced.costOf(e, codes), BigDecimal::add);
    }

    Map<UUID, Tier> tierOf = tiers.of(scheme, to, customers.keySet(), zone);
    List<Line> lines = new ArrayList<>();
    Map<Tier, Sum> byTier = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      byTier.put(tier, Sum.ZERO);
    }
    Sum total = Sum.ZERO;
    for (Customer c : customers.values()) {
      BigDecimal[] bought =
          sales.getOrDefault(c.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      Line line =
          new Line(
              c.id(),
              c.code(),
              c.name(),
              tierOf.get(c.id()),
              bought[0],
              bought[1],
              toServe.getOrDefault(c.id(), BigDecimal.ZERO));
      lines.add(line);
      total = total.plus(line);
      if (line.tier() != null) {
        byTier.put(line.tier(), byTier.get(line.tier()).plus(line));
      }
    }
    lines.sort(Comparator.comparing(Line::code).thenComparing(Line::customerId));
    return new Accounting(scheme, from, to, byTier, total, lines);
  }
}
