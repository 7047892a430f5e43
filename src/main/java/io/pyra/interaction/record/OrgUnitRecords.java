package io.pyra.interaction.record;

import io.pyra.identity.OrgUnitDeletionGuard;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps an org unit that contact records or jobs were filed under (their authors' unit). */
@Component
class OrgUnitRecords implements OrgUnitDeletionGuard {

  private final JdbcClient jdbc;

  OrgUnitRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(OrgUnitSummary unit) {
    long filed =
        jdbc.sql(
                """
                select (select count(*) from interaction_record where org_unit_id = :unit)
                     + (select count(*) from interaction_job where org_unit_id = :unit)""")
            .param("unit", unit.id())
            .query(Long.class)
            .single();
    return filed == 0
        ? Optional.empty()
        : Optional.of(
            new RuleViolation(
                null, "has-records", "orgunit.delete.has-records", unit.name(), filed));
  }
}
