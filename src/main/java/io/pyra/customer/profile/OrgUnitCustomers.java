package io.pyra.customer.profile;

import io.pyra.identity.OrgUnitDeletionGuard;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an org unit that customers are filed under, deleted and merged ones included (they keep
 * their unit for the audit and the merge history).
 */
@Component
class OrgUnitCustomers implements OrgUnitDeletionGuard {

  private final JdbcClient jdbc;

  OrgUnitCustomers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(OrgUnitSummary unit) {
    long customers =
        jdbc.sql("select count(*) from customer_customer where org_unit_id = ?")
            .param(unit.id())
            .query(Long.class)
            .single();
    return customers == 0
        ? Optional.empty()
        : Optional.of(
            new RuleViolation(
                null, "has-customers", "orgunit.delete.has-customers", unit.name(), customers));
  }
}
