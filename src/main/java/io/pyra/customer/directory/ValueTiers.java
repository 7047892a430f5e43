package io.pyra.customer.directory;

import io.pyra.customer.profile.CustomerAccess;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Where;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers' current value tier, read from the view analytics publishes ({@code
 * analytics_customer_value_view}: the tier at the latest month end of the shipped scheme), shown
 * only where the signed-in user's {@code value.read} reaches the customer: the others see no tier
 * at all, never a tier they may not see.
 */
@Component
public class ValueTiers {

  static final String VALUE_READ = "value.read";

  private static final String TIERS =
      """
      select v.customer_id, v.tier
        from analytics_customer_value_view v
        join customer_customer c on c.id = v.customer_id
       where v.tier is not null and\s""";

  private final JdbcClient jdbc;
  private final CustomerAccess access;

  ValueTiers(JdbcClient jdbc, CustomerAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** Whether the signed-in user may see customer value at all. */
  public boolean shown() {
    return access.visibility(VALUE_READ).granted();
  }

  /** The tier of each customer given that has one and that the user's value.read reaches. */
  public Map<UUID, ValueTier> of(Collection<UUID> customerIds) {
    Map<UUID, ValueTier> tiers = new HashMap<>();
    if (customerIds.isEmpty() || !shown()) {
      return tiers;
    }
    new Where()
        .and(access.condition(VALUE_READ))
        .and("v.customer_id in (:ids)", "ids", customerIds)
        .query(jdbc, TIERS)
        .query(
            (rs, n) ->
                tiers.put(
                    rs.getObject("customer_id", UUID.class),
                    ValueTier.valueOf(rs.getString("tier"))))
        .list();
    return tiers;
  }

  /** The tier of one customer, null when it has none or the user may not see it. */
  public ValueTier of(UUID customerId) {
    return of(java.util.List.of(customerId)).get(customerId);
  }

  /**
   * Adds the list condition (on {@code customer_customer c}) for customers of {@code tier} whose
   * tier the user may see; a 422 naming {@code tier} for a user who may not see customer value.
   */
  void filter(ValueTier tier, Where where) {
    if (!shown()) {
      throw new BusinessRuleException("tier", "forbidden", "customers.filter.tier.forbidden");
    }
    where.and(
        "exists (select 1 from analytics_customer_value_view v where v.customer_id = c.id and v.tier = :tier)",
        "tier",
        tier.name());
    where.and(access.condition(VALUE_READ));
  }
}
