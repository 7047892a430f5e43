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

  /**
   * A customer to change, with the version its new values were decided on; {@code renamed}: its
   * name (or name key) differs from the stored one, so its name columns and pinyin are written too.
   */
  record ChangedCustomer(
      UUID id,
      long version,
      boolean renamed,
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
    // the rows keeping their names leave the name columns alone: no pinyin computed or sent for
    // them, and PostgreSQL knows the indexes on those columns are not changed by the update
    List<Object[]> renamed = new ArrayList<>();
    List<Object[]> kept = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Object[]> values = new ArrayList<>();
    List<Object[]> ids = new ArrayList<>();
    List<UUID> keptIds = new ArrayList<>();
    for (ChangedCustomer row : rows) {
      NormalizedCustomer c = row.c();
      Object[] customer =
          new Object[] {
            row.renamed() ? c.name() : null,
            row.renamed() ? c.nameKey() : null,
            row.renamed() ? NamePinyin.of(c.name()) : null,
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
          };
      if (row.renamed()) {
        renamed.add(customer);
      } else {
        kept.add(customer);
        keptIds.add(row.id());
      }
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
    int changed = postgres() ? updateThroughStaging(renamed, kept) : updateInBatches(renamed, kept);
    if (changed != rows.size()) {
      throw new CustomerImportApi.ChangedMeanwhile(rows.size(), changed);
    }
    completePinyin(keptIds);
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

  /**
   * The pinyin of the kept-name customers that have none yet (written before the column existed, or
   * by a writer that does not know it), as a renaming would have written it: found through the
   * index of the rows without one, which is all but empty.
   */
  private void completePinyin(List<UUID> keptIds) {
    if (keptIds.isEmpty()) {
      return;
    }
    if (postgres()) {
      // with the statistics a big import leaves stale, an index lookup by construction
      jdbc.execute("set local enable_seqscan = off");
    }
    List<Object[]> missing =
        jdbc.query(
            "select id, name from customer_customer where name_pinyin is null and id = any(?)",
            (rs, n) -> new Object[] {NamePinyin.of(rs.getString(2)), rs.getObject(1, UUID.class)},
            (Object) keptIds.toArray(UUID[]::new));
    if (postgres()) {
      jdbc.execute("set local enable_seqscan = on");
    }
    if (!missing.isEmpty()) {
      jdbc.batchUpdate(
          "update customer_customer set name_pinyin = ? where id = ? and name_pinyin is null",
          missing);
    }
  }

  /** The H2 update: JDBC batches, the kept-name rows without their name columns. */
  private int updateInBatches(List<Object[]> renamed, List<Object[]> kept) {
    int changed = 0;
    if (!renamed.isEmpty()) {
      changed +=
          Arrays.stream(
                  jdbc.batchUpdate(
                      """
        update customer_customer set name = ?, name_key = ?, name_pinyin = ?, stage = ?, owner_id = ?, org_unit_id = ?, sector_id = ?,
               country = ?, province = ?, city = ?, street = ?, postal_code = ?, education = ?, interests = ?,
               industry = ?, employee_count = ?, core_competencies = ?, competitors = ?, background = ?,
               version = version + 1, updated_at = ?
         where id = ? and version = ?""",
                      renamed))
              .sum();
    }
    if (!kept.isEmpty()) {
      changed +=
          Arrays.stream(
                  jdbc.batchUpdate(
                      """
        update customer_customer set stage = ?, owner_id = ?, org_unit_id = ?, sector_id = ?,
               country = ?, province = ?, city = ?, street = ?, postal_code = ?, education = ?, interests = ?,
               industry = ?, employee_count = ?, core_competencies = ?, competitors = ?, background = ?,
               version = version + 1, updated_at = ?
         where id = ? and version = ?""",
                      kept.stream().map(k -> Arrays.copyOfRange(k, 3, k.length)).toList()))
              .sum();
    }
    return changed;
  }

  private static Object[] value(UUID id, NormalizedCustomer.Value v) {
    return new Object[] {id, v.fieldId(), v.position(), v.text(), v.number(), v.date(), v.bool()};
  }

  private void write(String table, String columns, List<Object[]> list) {
    rows.insert(table, columns, list);
  }

  /**
   * The changed customers into a transaction-local staging table, then set-based updates of those
   * still at the version the import read (one for the renamed, one for the others, which leaves
   * their name columns alone); answers how many were.
   */
  private int updateThroughStaging(List<Object[]> renamed, List<Object[]> kept) {
    jdbc.execute(
        """
        create temp table import_changed (name varchar(300), name_key varchar(300), name_pinyin varchar(2000), stage varchar(12), owner_id uuid,
          org_unit_id uuid, sector_id uuid, country varchar(2), province varchar(100), city varchar(100),
          street varchar(300), postal_code varchar(20), education varchar(200), interests varchar(1000),
          industry varchar(200), employee_count integer, core_competencies varchar(1000), competitors varchar(1000),
          background varchar(4000), updated_at timestamp with time zone, id uuid, version bigint,
          renamed boolean) on commit drop""");
    List<Object[]> staged = new ArrayList<>(renamed.size() + kept.size());
    renamed.forEach(r -> staged.add(flagged(r, Boolean.TRUE)));
    kept.forEach(r -> staged.add(flagged(r, Boolean.FALSE)));
    rows.insert(
        "import_changed",
        "name, name_key, name_pinyin, stage, owner_id, org_unit_id, sector_id, country, province, city, "
            + "street, postal_code, education, interests, industry, employee_count, core_competencies, competitors, "
            + "background, updated_at, id, version, renamed",
        staged);
    // 2,000 staged rows against a table of millions: index lookups, whatever the statistics say
    jdbc.execute("analyze import_changed");
    jdbc.execute("set local enable_hashjoin = off");
    jdbc.execute("set local enable_mergejoin = off");
    int changed = 0;
    if (!renamed.isEmpty()) {
      changed +=
          jdbc.update(
              """
              update customer_customer c set name = s.name, name_key = s.name_key, name_pinyin = s.name_pinyin,
                     stage = s.stage, owner_id = s.owner_id,
                     org_unit_id = s.org_unit_id, sector_id = s.sector_id, country = s.country, province = s.province,
                     city = s.city, street = s.street, postal_code = s.postal_code, education = s.education,
                     interests = s.interests, industry = s.industry, employee_count = s.employee_count,
                     core_competencies = s.core_competencies, competitors = s.competitors, background = s.background,
                     version = c.version + 1, updated_at = s.updated_at
                from import_changed s
               where c.id = s.id and c.version = s.version and s.renamed""");
    }
    if (!kept.isEmpty()) {
      changed +=
          jdbc.update(
              """
              update customer_customer c set stage = s.stage, owner_id = s.owner_id,
                     org_unit_id = s.org_unit_id, sector_id = s.sector_id, country = s.country, province = s.province,
                     city = s.city, street = s.street, postal_code = s.postal_code, education = s.education,
                     interests = s.interests, industry = s.industry, employee_count = s.employee_count,
                     core_competencies = s.core_competencies, competitors = s.competitors, background = s.background,
                     version = c.version + 1, updated_at = s.updated_at
                from import_changed s
               where c.id = s.id and c.version = s.version and not s.renamed""");
    }
    return changed;
  }

  private static Object[] flagged(Object[] row, Boolean renamed) {
    Object[] staged = Arrays.copyOf(row, row.length + 1);
    staged[row.length] = renamed;
    return staged;
  }
}
