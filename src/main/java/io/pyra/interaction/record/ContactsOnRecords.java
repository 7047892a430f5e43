package io.pyra.interaction.record;

import io.pyra.customer.ContactDeletionGuard;
import io.pyra.customer.ContactSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a contact person that contact records name (who was spoken to stays on the record). */
@Component
class ContactsOnRecords implements ContactDeletionGuard {

  private final JdbcClient jdbc;

  ContactsOnRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(ContactSummary contact) {
    long records =
        jdbc.sql("select count(*) from interaction_record where contact_id = ?")
            .param(contact.id())
            .query(Long.class)
            .single();
    return records == 0
        ? Optional.empty()
        : Optional.of(
            new RuleViolation(
                null,
                "has-records",
                "customer.contact.delete.has-records",
                contact.name(),
                records));
  }
}
