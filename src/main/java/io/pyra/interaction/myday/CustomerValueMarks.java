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
 * The customers' value tiers (TOP, HIGH, MIDDLE, LOW) and ABC grades (A, B, C) as analytics
 * publishes them ({@code analytics_customer_value_view}), for the customers the signed-in user's
 * value.read reaches: My day marks them and puts the most valuable first.
 */
@Component
public class CustomerValueMarks {

  private static final String VALUES =
      """
      select v.customer_id, v.tier, v.grade
        from analytics_customer_value_view v
        join customer_card_view c on c.id = v.customer_id
       where (v.tier is not null or v.grade is not null) and\s""";

  /** A customer's tier and grade, each null when it has none. */
  public record Mark(String tier, String grade) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  CustomerValueMarks(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** The tier and grade of each customer given that has one and whose value the user may see. */
  public Map<UUID, Mark> of(Collection<UUID> customerIds) {
    Map<UUID, Mark> marks = new HashMap<>();
    var reach = currentUser.visibility("value.read");
    if (customerIds.isEmpty() || !reach.granted()) {
      return marks;
    }
    new Where()
        .and(reach.condition("c.owner_id", "c.org_unit_id"))
        .and("v.customer_id in (:ids)", "ids", customerIds)
        .query(jdbc, VALUES)
        .query(
            (rs, n) ->
                marks.put(rs.getObject(1, UUID.class), new Mark(rs.getString(2), rs.getString(3))))
        .list();
    return marks;
  }

  /**
   * 0 for the customers who come first (TOP and HIGH tiers, grade A: the ones a follow-up rule
   * visits most often), 1 for the others and those without a mark.
   */
  static int precedence(Mark mark) {
    if (mark == null) {
      return 1;
    }
    return "TOP".equals(mark.tier()) || "HIGH".equals(mark.tier()) || "A".equals(mark.grade())
        ? 0
        : 1;
  }
}
