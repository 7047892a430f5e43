package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.Ids;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts of organizations: the customer named by code (or exact name), the contact matched in it
 * by email, phone or name; created, updated, or skipped when equal.
 */
@Component
class ContactChunk {

  private final JdbcClient jdbc;
  private final PhoneNumbers phones;
  private final CustomerImportApi customers;
  private final AuditLog audit;
  private final Problems problems;

  ContactChunk(
      JdbcClient jdbc,
      PhoneNumbers phones,
      CustomerImportApi customers,
      AuditLog audit,
      Problems problems) {
    this.jdbc = jdbc;
    this.phones = phones;
    this.customers = customers;
    this.audit = audit;
    this.problems = problems;
  }

  private record Customer(UUID id, UUID ownerId, UUID orgUnitId) {}

  private record Contact(
      UUID id, String name, String title, String phone, String email, String notes) {}

  /**
   * Contact rows are decided where they are written (their customers are looked up row by row): the
   * decision made on request runs the rows then, writing them when asked to.
   */
  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, CustomerChunk.Context context) {
    return new PreparedChunk(
        rows.size(),
        rows.getLast().number(),
        false,
        () ->
            new ChunkDecision() {
              private List<RowOutcome> outcomes;

              @Override
              public boolean overtakenBy(Footprint written) {
                return true;
              }

              @Override
              public Footprint write() {
                outcomes = process(rows, plan, context, true);
                return Footprint.NONE;
              }

              @Override
              public List<RowOutcome> outcomes() {
                if (outcomes == null) {
                  outcomes = process(rows, plan, context, false);
                }
                return outcomes;
              }
            });
  }

  private List<RowOutcome> process(
      List<SourceRow> rows, ColumnPlan plan, CustomerChunk.Context context, boolean write) {
    List<RowOutcome> outcomes = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    for (SourceRow row : rows) {
      Map<String, String> v = new HashMap<>();
      Map<String, String> columns = new HashMap<>();
      for (ColumnPlan.Column c : plan.columns()) {
        String cell = row.cell(c.index());
        columns.putIfAbsent(c.field(), c.name());
        if (cell != null && !cell.isBlank()) {
          v.putIfAbsent(c.field(), cell.strip());
        }
      }
      List<RowOutcome.Problem> rowProblems = new ArrayList<>();
      row.notes()
          .forEach(n -> rowProblems.add(new RowOutcome.Problem(null, null, "repaired", n, false)));
      String name = v.get("contactName");
      Optional<Customer> customer = customer(v.get("customer"));
      if (customer.isEmpty()) {
        rowProblems.add(
            problem(
                columns,
                "customer",
                "exists",
                "import.row.customer-unknown",
                context,
                v.get("customer")));
      } else if (!customers.reaches(
          "customer.update", customer.get().ownerId(), customer.get().orgUnitId())) {
        rowProblems.add(problem(columns, "customer", "forbidden", "import.row.forbidden", context));
      }
      if (name == null) {
        rowProblems.add(
            problem(
                columns,
                "contactName",
                "required",
                "import.row.required",
                context,
                columns.get("contactName")));
      }
      String phone = null;
      if (v.get("phone") != null) {
        phone = phones.toE164(v.get("phone")).orElse(null);
        if (phone == null) {
          rowProblems.add(
              problem(columns, "phone", "phone", "validation.phone", context, v.get("phone")));
        }
      }
      String email = null;
      if (v.get("email") != null) {
        email = EmailAddress.parse(v.get("email")).map(EmailAddress::value).orElse(null);
        if (email == null) {
          rowProblems.add(
              problem(columns, "email", "email", "validation.email", context, v.get("email")));
        }
      }
      if (rowProblems.stream().anyMatch(RowOutcome.Problem::fatal)) {
        outcomes.add(new RowOutcome(row.number(), RowOutcome.ERROR, name, rowProblems));
        continue;
      }
      Contact wanted =
          new Contact(
              null,
              cut(name, 200),
              cut(v.get("title"), 200),
              phone,
              email,
              cut(v.get("notes"), 2000));
      Optional<Contact> existing = existing(customer.get().id(), wanted);
      if (existing.isEmpty()) {
        if (write) {
          UUID id = Ids.newId();
          Instant now = Instant.now();
          jdbc.sql(
                  """
                  insert into customer_contact (id, customer_id, name, title, phone, email, notes, version, created_at, updated_at)
                  values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
              .params(
                  id,
                  customer.get().id(),
                  wanted.name(),
                  wanted.title(),
                  wanted.phone(),
                  wanted.email(),
                  wanted.notes(),
                  SqlTime.utc(now),
                  SqlTime.utc(now))
              .update();
          created.add(id.toString());
        }
        outcomes.add(new RowOutcome(row.number(), RowOutcome.CREATE, name, rowProblems));
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
        outcomes.add(new RowOutcome(row.number(), RowOutcome.SKIP, name, rowProblems));
        continue;
      }
      if (write) {
        jdbc.sql(
                """
                update customer_contact set name = ?, title = ?, phone = ?, email = ?, notes = ?, version = version + 1,
                       updated_at = ? where id = ?""")
            .params(
                merged.name(),
                merged.title(),
                merged.phone(),
                merged.email(),
                merged.notes(),
                SqlTime.utc(Instant.now()),
                e.id())
            .update();
        updated.add(e.id().toString());
      }
      outcomes.add(new RowOutcome(row.number(), RowOutcome.UPDATE, name, rowProblems));
    }
    if (write && (!created.isEmpty() || !updated.isEmpty())) {
      audit.append(
          new AuditEvent(
              "IMPORT",
              "customer_contact",
              context.importId.toString(),
              context.actorId,
              context.actorName,
              List.of(
                  new FieldChange("created", null, ids(created)),
                  new FieldChange("updated", null, ids(updated)))));
    }
    return outcomes;
  }

  private static String ids(List<String> ids) {
    return String.join(",", ids);
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
        .filter(c -> customers.reaches("customer.read", c.ownerId(), c.orgUnitId()))
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

  private RowOutcome.Problem problem(
      Map<String, String> columns,
      String field,
      String rule,
      String key,
      CustomerChunk.Context context,
      Object... args) {
    return new RowOutcome.Problem(
        columns.get(field), field, rule, problems.messageOf(key, context.locale, args), true);
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
