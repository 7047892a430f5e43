package io.pyra.analytics.grading;

import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The growth prospect of a customer (0–100), entered by their owner or a manager for a new customer
 * whose figures say little yet; an indicator of the grading schemes (weight 0 in the shipped one).
 */
@Component
public class GrowthProspects {

  public static final String RECORD_TYPE = "analytics_growth_prospect";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  GrowthProspects(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The customer's growth prospect, if one was entered. */
  public Optional<Integer> of(UUID customerId) {
    return jdbc.sql("select prospect from analytics_growth_prospect where customer_id = :customer")
        .param("customer", customerId)
        .query(Integer.class)
        .optional();
  }

  /** Sets the customer's growth prospect; 422 on "prospect" unless 0 to 100. */
  @Transactional
  public int set(UUID customerId, Integer prospect, UUID by) {
    if (prospect == null || prospect < 0 || prospect > 100) {
      throw new BusinessRuleException("prospect", "range", "grading.prospect.range");
    }
    Optional<Integer> before = of(customerId);
    jdbc.sql("delete from analytics_growth_prospect where customer_id = :customer")
        .param("customer", customerId)
        .update();
    jdbc.sql(
            "insert into analytics_growth_prospect (customer_id, prospect, set_by, set_at)"
                + " values (:customer, :prospect, :by, :at)")
        .param("customer", customerId)
        .param("prospect", prospect)
        .param("by", by)
        .param("at", SqlTime.utc(Instant.now()))
        .update();
    String was = before.map(String::valueOf).orElse(null);
    if (!Objects.equals(was, String.valueOf(prospect))) {
      audit.appendByCurrentActor(
          before.isPresent() ? "UPDATE" : "CREATE",
          RECORD_TYPE,
          customerId.toString(),
          List.of(new FieldChange("prospect", was, String.valueOf(prospect))));
    }
    return prospect;
  }
}
