package io.pyra.customer.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.customer.profile.NamePinyin;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import's set-based writes into the customer tables, in the caller's transaction: new
 * customers streamed with PostgreSQL {@code COPY} (batched inserts on H2); changed ones copied into
 * a staging table and applied with one {@code UPDATE … FROM} on PostgreSQL (JDBC batches on H2).
 * The only dialect-specific SQL of the customer import lives here and in {@link BulkRows}.
 */
@Component
class BulkCustomerSql {

  private static final String CUSTOMER_COLUMNS =
      "id, code, kind, name, name_key, name_pinyin, stage, owner_id, org_unit_id, "
          + "sector_id, country, province, city, street, postal_code, education, interests, industry, employee_count, "
          + "core_competencies, competitors, background, version, created_at, updated_at";

  private final JdbcTemplate jdbc;
  private final BulkRows rows;

  BulkCustomerSql(JdbcTemplate jdbc, BulkRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  private boolean postgres() {
    return rows.postgres();
  }

  /** {@code count} numbers from the customer code sequence in one round trip. */
  List<Long> codeNumbers(int count) {
    if (count == 0) {
      return List.of();
    }
    String sql =
        postgres()
            ? "select nextval('customer_code_seq') from generate_series(1, ?)"
            : "select nextval('customer_code_seq') from system_range(1, ?)";
    return jdbc.queryForList(sql, Long.class, count);
  }

  record NewCustomer(UUID id, String code, NormalizedCustomer c) {}

  /** A customer to change, with the version its new values were decided on. */
  record ChangedCustomer(
      UUID id,
      long version,
      NormalizedCustomer c,
      int storedPhones,
      int storedEmails,
      List<String> newPhones,
      List<String> newEmails,
      List<String> newTags) {}

  void insert(List<NewCustomer> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    List<Object[]> customers = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Object[]> values = new ArrayList<>();
    for (NewCustomer row : rows) {
      NormalizedCustomer c = row.c();
      customers.add(
          new Object[] {
            row.id(),
            row.code(),
            c.kind().name(),
            c.name(),
            c.nameKey(),
            NamePinyin.of(c.name()),
            c.stage().name(),
            UserId.valueOrNull(c.ownerId()),
            OrgUnitId.valueOrNull(c.orgUnitId()),
            c.sectorId(),
            c.country(),
            c.province(),
            c.city(),
            c.street(),
            c.postalCode(),
            c.education(),
            c.interests(),
            c.industry(),
            c.employeeCount(),
            c.coreCompetencies(),
            c.competitors(),
            c.background(),
            0L,
            now,
            now
          });
      for (int i = 0; i < c.phones().size(); i++) {
        phones.add(new Object[] {row.id(), i, c.phones().get(i)});
      }
      for (int i = 0; i < c.emails().size(); i++) {
        emails.add(new Object[] {row.id(), i, c.emails().get(i)});
      }
      c.tags().forEach(t -> tags.add(new Object[] {row.id(), t}));
      c.fieldValues().forEach(v -> values.add(value(row.id(), v)));
    }
    write("customer_customer", CUSTOMER_COLUMNS, customers);
    write("customer_phone", "customer_id, position, number", phones);
    write("customer_email", "customer_id, position, address", emails);
    write("customer_tag", "customer_id, tag", tags);
    write(
        "customer_field_value",
        "customer_id, field_id, position, text_value, number_value, date_value, bool_value",
        values);
  }

  void update(List<ChangedCustomer> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Object now = SqlTime.utc(Instant.now());
    List<Object[]> customers = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Object[]> values = new ArrayList<>();
    List<Object[]> ids = new ArrayList<>();
    for (ChangedCustomer row : rows) {
      NormalizedCustomer c = row.c();
      customers.add(
          new Object[] {
            c.name(),
            c.nameKey(),
            NamePinyin.of(c.name()),
            c.stage().name(),
            UserId.valueOrNull(c.ownerId()),
            OrgUnitId.valueOrNull(c.orgUnitId()),
            c.sectorId(),
            c.country(),
            c.province(),
            c.city(),
            c.street(),
            c.postalCode(),
            c.education(),
            c.interests(),
            c.industry(),
            c.employeeCount(),
            c.coreCompetencies(),
            c.competitors(),
            c.background(),
            now,
            row.id(),
            row.version()
          });
      for (int i = 0; i < row.newPhones().size(); i++) {
        phones.add(new Object[] {row.id(), row.storedPhones() + i, row.newPhones().get(i)});
      }
      for (int i = 0; i < row.newEmails().size(); i++) {
        emails.add(new Object[] {row.id(), row.storedEmails() + i, row.newEmails().get(i)});
      }
      row.newTags().forEach(t -> tags.add(new Object[] {row.id(), t}));
      c.fieldValues().forEach(v -> values.add(value(row.id(), v)));
      ids.add(new Object[] {row.id()});
    }
    int changed =
        postgres()
            ? updateThroughStaging(customers)
            : Arrays.stream(
                    jdbc.batchUpdate(
                        """
        update customer_customer set name = ?, name_key = ?, name_pinyin = ?, stage = ?, owner_id = ?, org_unit_id = ?, sector_id = ?,
               country = ?, province = ?, city = ?, street = ?, postal_code = ?, education = ?, interests = ?,
               industry = ?, employee_count = ?, core_competencies = ?, competitors = ?, background = ?,
               version = version + 1, updated_at = ?
         where id = ? and version = ?""",
                        customers))
                .sum();
    if (changed != customers.size()) {
      throw new CustomerImportApi.ChangedMeanwhile(customers.size(), changed);
    }
    if (postgres()) {
      jdbc.update(
          "delete from customer_field_value where customer_id in (select id from import_changed)");
    } else {
      jdbc.batchUpdate("delete from customer_field_value where customer_id = ?", ids);
    }
    write("customer_phone", "customer_id, position, number", phones);
    write("customer_email", "customer_id, position, address", emails);
    write("customer_tag", "customer_id, tag", tags);
    write(
        "customer_field_value",
        "customer_id, field_id, position, text_value, number_value, date_value, bool_value",
        values);
  }

  private static Object[] value(UUID id, NormalizedCustomer.Value v) {
    return new Object[] {id, v.fieldId(), v.position(), v.text(), v.number(), v.date(), v.bool()};
  }

  private void write(String table, String columns, List<Object[]> list) {
    rows.insert(table, columns, list);
  }

  /**
   * The changed customers into a transaction-local staging table, then one set-based update of
   * those still at the version the import read; answers how many were.
   */
  private int updateThroughStaging(List<Object[]> customers) {
    jdbc.execute(
        """
        create temp table import_changed (name varchar(300), name_key varchar(300), name_pinyin varchar(2000), stage varchar(12), owner_id uuid,
          org_unit_id uuid, sector_id uuid, country varchar(2), province varchar(100), city varchar(100),
          street varchar(300), postal_code varchar(20), education varchar(200), interests varchar(1000),
          industry varchar(200), employee_count integer, core_competencies varchar(1000), competitors varchar(1000),
          background varchar(4000), updated_at timestamp with time zone, id uuid, version bigint) on commit drop""");
    rows.insert(
        "import_changed",
        "name, name_key, name_pinyin, stage, owner_id, org_unit_id, sector_id, country, province, city, "
            + "street, postal_code, education, interests, industry, employee_count, core_competencies, competitors, "
            + "background, updated_at, id, version",
        customers);
    // 2,000 staged rows against a table of millions: index lookups, whatever the statistics say
    jdbc.execute("analyze import_changed");
    jdbc.execute("set local enable_hashjoin = off");
    jdbc.execute("set local enable_mergejoin = off");
    return jdbc.update(
        """
        update customer_customer c set name = s.name, name_key = s.name_key, name_pinyin = s.name_pinyin,
               stage = s.stage, owner_id = s.owner_id,
               org_unit_id = s.org_unit_id, sector_id = s.sector_id, country = s.country, province = s.province,
               city = s.city, street = s.street, postal_code = s.postal_code, education = s.education,
               interests = s.interests, industry = s.industry, employee_count = s.employee_count,
               core_competencies = s.core_competencies, competitors = s.competitors, background = s.background,
               version = c.version + 1, updated_at = s.updated_at
          from import_changed s
         where c.id = s.id and c.version = s.version""");
  }
}
