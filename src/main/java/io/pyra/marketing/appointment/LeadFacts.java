package io.pyra.marketing.appointment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What appointments need of a lead (the lead module owns it; both are marketing's): that it exists,
 * its campaign, the customer it became, and how to reach it.
 */
@Component
public class LeadFacts {

  /** A lead's name, campaign, customer and addresses. */
  public record Lead(
      UUID id, String name, UUID campaignId, UUID customerId, String email, String phone) {}

  private final JdbcClient jdbc;

  LeadFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Lead> find(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, name, campaign_id, customer_id, email, coalesce(phone, phone_other)
              from marketing_lead where id = :id""")
        .param("id", id)
        .query(
            (rs, n) ->
                new Lead(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getString(6)))
        .optional();
  }
}
