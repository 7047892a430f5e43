package io.pyra.analytics.accounting;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plan of effort: each planned tier group's share in percent, adding up to 100. */
@Component
public class AllocationPlan {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JdbcClient jdbc;

  AllocationPlan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The planned share of each planned group, in percent. */
  @Transactional(readOnly = true)
  public Map<TierGroup, BigDecimal> shares() {
    Map<TierGroup, BigDecimal> shares = new EnumMap<>(TierGroup.class);
    for (TierGroup group : TierGroup.values()) {
      if (group.planned()) {
        shares.put(group, BigDecimal.ZERO);
      }
    }
    jdbc.sql("select tier_group, share from analytics_allocation_plan")
        .query(
            rs -> {
              shares.put(TierGroup.valueOf(rs.getString(1)), rs.getBigDecimal(2));
            });
    return shares;
  }

  /**
   * Replaces the plan by {@code percent} per group (TOP_HIGH_MIDDLE, LOW, PROSPECT), each 0 to 100
   * with at most two decimals, adding up to 100; every fault is a 422 naming its field.
   */
  @Transactional
  public Map<TierGroup, BigDecimal> replace(Map<String, BigDecimal> percent) {
    List<RuleViolation> violations = new ArrayList<>();
    Map<TierGroup, BigDecimal> shares = new EnumMap<>(TierGroup.class);
    if (percent != null) {
      percent.forEach(
          (key, share) -> {
            TierGroup group = group(key);
            if (group == null || !group.planned()) {
              violations.add(
                  new RuleViolation("shares", "one-of", "accounting.plan.shares.one-of"));
            } else if (share == null
                || share.signum() < 0
                || share.compareTo(HUNDRED) > 0
                || share.stripTrailingZeros().scale() > 2) {
              violations.add(
                  new RuleViolation(
                      "shares." + group.name(), "range", "accounting.plan.share.range"));
            } else {
              shares.put(group, share);
            }
          });
    }
    for (TierGroup group : TierGroup.values()) {
      if (group.planned() && !shares.containsKey(group) && violations.isEmpty()) {
        violations.add(
            new RuleViolation(
                "shares." + group.name(), "required", "accounting.plan.share.required"));
      }
    }
    if (violations.isEmpty()
        && shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED)
            != 0) {
      violations.add(new RuleViolation("shares", "sum", "accounting.plan.shares.sum"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    store(shares);
    return shares();
  }

  private static final String UPDATE =
      "update analytics_allocation_plan set share = :share, updated_at = :at"
          + " where tier_group = :group";

  private void store(Map<TierGroup, BigDecimal> shares) {
    Instant now = Instant.now();
    shares.forEach(
        (group, share) ->
            jdbc.sql(UPDATE)
                .param("share", share)
                .param("at", SqlTime.utc(now))
                .param("group", group.name())
                .update());
  }

  private static TierGroup group(String key) {
    try {
      return key == null ? null : TierGroup.valueOf(key.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
