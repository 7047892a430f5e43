package io.pyra.customer.importing;

import io.pyra.customer.CustomerImportApi.ContactInput;
import io.pyra.customer.CustomerImportApi.ContactOutcome;
import io.pyra.customer.CustomerImportApi.ContactRow;
import io.pyra.customer.CustomerImportApi.ImportRun;
import io.pyra.customer.profile.ImportNormalization;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts of organizations from an import: the customer named by code (or exact name), the contact
 * matched in it by e-mail, phone or name; created, updated, or skipped when equal.
 */
@Component
public class ImportedContacts {

  private final JdbcClient jdbc;
  private final ImportNormalization normalization;
  private final AuditLog audit;

  ImportedContacts(JdbcClient jdbc, ImportNormalization normalization, AuditLog audit) {
    this.jdbc = jdbc;
    this.normalization = normalization;
    this.audit = audit;
  }

  private record Customer(UUID id, UUID ownerId, UUID orgUnitId) {}

  private record Contact(
      UUID id, String name, String title, String phone, String email, String notes) {}

  public List<ContactOutcome> importContacts(List<ContactRow> rows, ImportRun run, boolean write) {
    List<ContactOutcome> outcomes = new ArrayList<>(rows.size());
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    for (ContactRow row : rows) {
      Optional<Customer> customer = customer(row.customer());
      if (customer.isEmpty()) {
        outcomes.add(ContactOutcome.CUSTOMER_UNKNOWN);
        continue;
      }
      if (!normalization.reaches(
          "customer.update", customer.get().ownerId(), customer.get().orgUnitId())) {
        outcomes.add(ContactOutcome.CUSTOMER_FORBIDDEN);
        continue;
      }
      ContactInput in = row.contact();
      if (in == null) {
        outcomes.add(ContactOutcome.CUSTOMER_FOUND);
        continue;
      }
      Contact wanted =
          new Contact(
              null,
              cut(in.name(), 200),
              cut(in.title(), 200),
              in.phone(),
              in.email(),
              cut(in.notes(), 2000));
      Optional<Contact> existing = existing(customer.get().id(), wanted);
      if (existing.isEmpty()) {
        if (write) {
          created.add(insert(customer.get().id(), wanted).toString());
        }
        outcomes.add(ContactOutcome.CREATE);
        continue;
      }
      Contact e = existing.get();
      Contact merged =
          new Contact(
              e.id(),
              wanted.name(),
              or(wanted.title(), e.title()),
              or(wanted.phone(), e.phone()),
              or(wanted.email(), e.email()),
              or(wanted.notes(), e.notes()));
      if (merged.equals(e)) {
        outcomes.add(ContactOutcome.SKIP);
        continue;
      }
      if (write) {
        update(merged);
        updated.add(e.id().toString());
      }
      outcomes.add(ContactOutcome.UPDATE);
    }
    if (write && (!created.isEmpty() || !updated.isEmpty())) {
      audit(run, created, updated);
    }
    return outcomes;
  }

  /** One audit entry per chunk listing the contacts it created and updated. */
  private void audit(ImportRun run, List<String> created, List<String> updated) {
    audit.append(
        new AuditEvent(
            "IMPORT",
            "customer_contact",
            run.importId().toString(),
            run.actor().value(),
            run.actorName(),
            List.of(
                new FieldChange("created", null, String.join(",", created)),
                new FieldChange("updated", null, String.join(",", updated)))));
  }

  private UUID insert(UUID customerId, Contact contact) {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into customer_contact (id, customer_id, name, title, phone, email, notes, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
        .params(
            id,
            customerId,
            contact.name(),
            contact.title(),
            contact.phone(),
            contact.email(),
            contact.notes(),
            SqlTime.utc(now),
            SqlTime.utc(now))
        .update();
    return id;
  }

  private void update(Contact contact) {
    jdbc.sql(
            """
            update customer_contact set name = ?, title = ?, phone = ?, email = ?, notes = ?, version = version + 1,
                   updated_at = ? where id = ?""")
        .params(
            contact.name(),
            contact.title(),
            contact.phone(),
            contact.email(),
            contact.notes(),
            SqlTime.utc(Instant.now()),
            contact.id())
        .update();
  }

  private Optional<Customer> customer(String key) {
    if (key == null) {
      return Optional.empty();
    }
    List<Customer> found =
        jdbc.sql(
                """
            select id, owner_id, org_unit_id from customer_customer
             where deleted_at is null and (code = :key or name = :key) order by case when code = :key then 0 else 1 end, created_at""")
            .param("key", key)
            .query(Customer.class)
            .list();
    // a customer the importer may not read is as good as unknown: "forbidden" would confirm that a
    // customer of that name or code exists in another branch
    return found.stream()
        .filter(c -> normalization.reaches("customer.read", c.ownerId(), c.orgUnitId()))
        .findFirst();
  }

  private Optional<Contact> existing(UUID customerId, Contact wanted) {
    return jdbc
        .sql(
            "select id, name, title, phone, email, notes from customer_contact where customer_id = ? order by created_at")
        .param(customerId)
        .query(Contact.class)
        .list()
        .stream()
        .filter(
            c ->
                (wanted.email() != null && wanted.email().equals(c.email()))
                    || (wanted.phone() != null && wanted.phone().equals(c.phone()))
                    || (wanted.email() == null
                        && wanted.phone() == null
                        && Objects.equals(wanted.name(), c.name())))
        .findFirst();
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
