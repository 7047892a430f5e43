package io.pyra.interaction.myday;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.query.Where;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers' value tiers (TOP, HIGH, MIDDLE, LOW) as analytics publishes them ({@code
 * analytics_customer_value_view}), for the customers the signed-in user's value.read reaches: My
 * day marks them and puts the most valuable first.
 */
@Component
public class CustomerValueTiers {

  private static final String TIERS =
      """
      select v.customer_id, v.tier
        from analytics_customer_value_view v
        join customer_card_view c on c.id = v.customer_id
       where\s""";

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  CustomerValueTiers(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** The tier of each customer given that has one and whose tier the user may see. */
  public Map<UUID, String> of(Collection<UUID> customerIds) {
    Map<UUID, String> tiers = new HashMap<>();
    var reach = currentUser.visibility("value.read");
    if (customerIds.isEmpty() || !reach.granted()) {
      return tiers;
    }
    new Where()
        .and(reach.condition("c.owner_id", "c.org_unit_id"))
        .and("v.customer_id in (:ids)", "ids", customerIds)
        .query(jdbc, TIERS)
        .query((rs, n) -> tiers.put(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    return tiers;
  }

  /** 0 for the customers who come first (TOP and HIGH), 1 for the others and those without one. */
  static int precedence(String tier) {
    return "TOP".equals(tier) || "HIGH".equals(tier) ? 0 : 1;
  }
}
