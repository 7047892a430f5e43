package io.pyra.customer.directory;

import io.pyra.customer.profile.CustomerAccess;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers' current value, read from the views analytics publishes: the tier at the latest month
 * end of the shipped scheme and the grade ({@code analytics_customer_value_view}), the RFM segment
 * ({@code analytics_customer_rfm_view}, its names in {@code analytics_rfm_segment_view}). Shown,
 * filtered and sorted by only where the signed-in user's {@code value.read} reaches the customer:
 * the others see no value at all, never a value they may not see, and may neither filter nor sort
 * by it (a 422 naming the field: a filter or an order that silently ignored value would mislead,
 * and one that used it would leak it).
 */
@Component
public class CustomerValues {

  static final String VALUE_READ = "value.read";

  private static final String VALUES =
      """
      select v.customer_id, v.tier, v.grade
        from analytics_customer_value_view v
        join customer_customer c on c.id = v.customer_id
       where (v.tier is not null or v.grade is not null) and\s""";

  /** A customer's tier as a rank: TOP 1 … LOW 4, none 5 ({@code v}: the value view joined). */
  static final String TIER_RANK =
      "case v.tier when 'TOP' then 1 when 'HIGH' then 2 when 'MIDDLE' then 3 when 'LOW' then 4 else 5 end";

  /** A customer's grade as a rank: A 1, B 2, C 3, none 4. */
  static final String GRADE_RANK =
      "case v.grade when 'A' then 1 when 'B' then 2 when 'C' then 3 else 4 end";

  /**
   * The list's head when it is sorted by value: each customer's tier and grade as ranks (1 best;
   * beyond the last for none), joined only where the user's value.read reaches the customer.
   */
  static final String RANKED_HEAD =
      "select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id, c.org_unit_id,"
          + " c.sector_id, c.city, c.created_at, c.updated_at, c.version, "
          + TIER_RANK
          + " as tier_rank, "
          + GRADE_RANK
          + " as grade_rank\n  from customer_customer c\n"
          + "  left join analytics_customer_value_view v on v.customer_id = c.id and ";

  private static final String SEGMENTS =
      "select code, name from analytics_rfm_segment_view order by position, code";

  /** A named RFM segment: its code and the name the analyst gave it. */
  public record Segment(String code, String name) {}

  private final JdbcClient jdbc;
  private final CustomerAccess access;

  CustomerValues(JdbcClient jdbc, CustomerAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** Whether the signed-in user may see customer value at all. */
  public boolean shown() {
    return access.visibility(VALUE_READ).granted();
  }

  /** The value of each customer given that has a tier or a grade the user's value.read reaches. */
  public Map<UUID, CustomerValue> of(Collection<UUID> customerIds) {
    Map<UUID, CustomerValue> values = new HashMap<>();
    if (customerIds.isEmpty() || !shown()) {
      return values;
    }
    new Where()
        .and(access.condition(VALUE_READ))
        .and("v.customer_id in (:ids)", "ids", customerIds)
        .query(jdbc, VALUES)
        .query(
            (rs, n) -> {
              String tier = rs.getString("tier");
              String grade = rs.getString("grade");
              return values.put(
                  rs.getObject("customer_id", UUID.class),
                  new CustomerValue(
                      tier == null ? null : ValueTier.valueOf(tier),
                      grade == null ? null : ValueGrade.valueOf(grade)));
            })
        .list();
    return values;
  }

  /** The value of one customer, {@link CustomerValue#NONE} when it has none the user may see. */
  public CustomerValue of(UUID customerId) {
    return of(List.of(customerId)).getOrDefault(customerId, CustomerValue.NONE);
  }

  /** The named RFM segments in the order they are tried; empty for a user who may not see value. */
  public List<Segment> segments() {
    if (!shown()) {
      return List.of();
    }
    return allSegments();
  }

  private List<Segment> allSegments() {
    return jdbc.sql(SEGMENTS)
        .query((rs, n) -> new Segment(rs.getString(1), rs.getString(2)))
        .list();
  }

  /**
   * Adds the list conditions (on {@code customer_customer c}) for the filter's tier, grade and
   * segment, each only over customers whose value the user may see; a 422 naming the field for a
   * user who may not see customer value, or for a segment that is not one.
   */
  void filter(CustomerFilter filter, Where where) {
    if (filter.tier() == null && filter.grade() == null && filter.segment() == null) {
      return;
    }
    if (filter.tier() != null) {
      refuseUnlessShown("tier", "customers.filter.tier.forbidden");
      where.and(
          "exists (select 1 from analytics_customer_value_view v where v.customer_id = c.id and v.tier = :tier)",
          "tier",
          filter.tier().name());
    }
    if (filter.grade() != null) {
      refuseUnlessShown("grade", "customers.filter.grade.forbidden");
      where.and(
          "exists (select 1 from analytics_customer_value_view v where v.customer_id = c.id and v.grade = :grade)",
          "grade",
          filter.grade().name());
    }
    if (filter.segment() != null) {
      refuseUnlessShown("segment", "customers.filter.segment.forbidden");
      String code = segmentCode(filter.segment());
      where.and(
          "exists (select 1 from analytics_customer_rfm_view r where r.customer_id = c.id and r.segment = :segment)",
          "segment",
          code);
    }
    where.and(access.condition(VALUE_READ));
  }

  /**
   * The head of the list's statement sorted by value (ending in {@code where }); a 422 naming
   * {@code sort} for a user who may not see customer value.
   */
  QueryPart rankedHead() {
    refuseUnlessShown("sort", "customers.sort.value.forbidden");
    return access.condition(VALUE_READ).wrap(RANKED_HEAD + "(", ")\n where ");
  }

  /** The segment's code as kept (any case given); a 422 naming {@code segment} when none is. */
  private String segmentCode(String text) {
    return allSegments().stream()
        .map(Segment::code)
        .filter(code -> code.equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "segment", "one-of", "customers.filter.segment.unknown", text));
  }

  private void refuseUnlessShown(String field, String message) {
    if (!shown()) {
      throw new BusinessRuleException(field, "forbidden", message);
    }
  }
}
