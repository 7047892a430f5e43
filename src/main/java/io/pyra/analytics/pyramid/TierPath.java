package io.pyra.analytics.pyramid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's tier at each snapshotted period end of a scheme, the latest first: a value tier and
 * rank where they were active, none where they were not.
 */
@Component
public class TierPath {

  private static final String PATH =
      """
      select p.period_end, s.tier, s.tier_rank, s.revenue
        from analytics_tier_period p
        left join analytics_tier_snapshot s on s.scheme_id = p.scheme_id
             and s.period_end = p.period_end and s.customer_id = :customer
       where p.scheme_id = :scheme
       order by p.period_end desc
       limit :limit""";

  private final JdbcClient jdbc;

  TierPath(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A period end of the path: the tier, rank and net revenue, or all null when not active. */
  public record Step(LocalDate periodEnd, Tier tier, Integer rank, BigDecimal revenue) {}

  /** The customer's path over at most {@code limit} period ends, the latest first. */
  public List<Step> of(PyramidScheme scheme, UUID customerId, int limit) {
    return jdbc.sql(PATH)
        .param("scheme", scheme.id())
        .param("customer", customerId)
        .param("limit", limit)
        .query(
            (rs, n) -> {
              String tier = rs.getString(2);
              return new Step(
                  rs.getObject(1, LocalDate.class),
                  tier == null ? null : Tier.valueOf(tier),
                  tier == null ? null : rs.getInt(3),
                  rs.getBigDecimal(4));
            })
        .list();
  }
}
