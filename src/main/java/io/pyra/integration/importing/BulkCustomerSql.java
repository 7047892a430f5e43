package io.pyra.integration.importing;

import io.pyra.customer.NormalizedCustomer;
import io.pyra.platform.SqlTime;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The import's set-based writes into the customer tables, in the caller's transaction: new
 * customers streamed with PostgreSQL {@code COPY} (batched inserts on H2), changed ones updated in
 * JDBC batches. The only dialect-specific SQL of the import lives here.
 */
@Component
class BulkCustomerSql {

  private static final String CUSTOMER_COLUMNS = "id, code, kind, name, name_key, stage, owner_id, org_unit_id, "
      + "sector_id, country, province, city, street, postal_code, education, interests, industry, employee_count, "
      + "core_competencies, competitors, background, version, created_at, updated_at";

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private Boolean postgres;

  BulkCustomerSql(DataSource dataSource, JdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  boolean postgres() {
    if (postgres == null) {
      postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres;
  }

  /**
   * Refreshes PostgreSQL's statistics of the customer tables after the chunks numbered 1, 2, 4, 8 …
   * of a write pass. A big import grows the tables faster than autovacuum analyzes them, and with
   * the stale row counts the planner matches each chunk's keys by scanning whole tables.
   */
  void refreshStatisticsAfter(int chunkNumber) {
    if (postgres() && Integer.bitCount(chunkNumber) == 1) {
      jdbc.execute("ANALYZE customer_customer, customer_phone, customer_email, customer_tag");
    }
  }

  /** {@code count} numbers from the customer code sequence in one round trip. */
  List<Long> codeNumbers(int count) {
    if (count == 0) {
      return List.of();
    }
    String sql = postgres() ? "select nextval('customer_code_seq') from generate_series(1, ?)"
        : "select nextval('customer_code_seq') from system_range(1, ?)";
    return jdbc.queryForList(sql, Long.class, count);
  }

  record NewCustomer(UUID id, String code, NormalizedCustomer c) {}

  record ChangedCustomer(UUID id, NormalizedCustomer c, int storedPhones, int storedEmails,
      List<String> newPhones, List<String> newEmails, List<String> newTags) {}

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
      customers.add(new Object[] {row.id(), row.code(), c.kind().name(), c.name(), c.nameKey(), c.stage().name(),
          c.ownerId(), c.orgUnitId(), c.sectorId(), c.country(), c.province(), c.city(), c.street(), c.postalCode(),
          c.education(), c.interests(), c.industry(), c.employeeCount(), c.coreCompetencies(), c.competitors(),
          c.background(), 0L, now, now});
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
    write("customer_field_value", "customer_id, field_id, position, text_value, number_value, date_value, bool_value",
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
      customers.add(new Object[] {c.name(), c.nameKey(), c.stage().name(), c.ownerId(), c.orgUnitId(), c.sectorId(),
          c.country(), c.province(), c.city(), c.street(), c.postalCode(), c.education(), c.interests(), c.industry(),
          c.employeeCount(), c.coreCompetencies(), c.competitors(), c.background(), now, row.id()});
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
    jdbc.batchUpdate("""
        update customer_customer set name = ?, name_key = ?, stage = ?, owner_id = ?, org_unit_id = ?, sector_id = ?,
               country = ?, province = ?, city = ?, street = ?, postal_code = ?, education = ?, interests = ?,
               industry = ?, employee_count = ?, core_competencies = ?, competitors = ?, background = ?,
               version = version + 1, updated_at = ?
         where id = ?""", customers);
    jdbc.batchUpdate("delete from customer_field_value where customer_id = ?", ids);
    write("customer_phone", "customer_id, position, number", phones);
    write("customer_email", "customer_id, position, address", emails);
    write("customer_tag", "customer_id, tag", tags);
    write("customer_field_value", "customer_id, field_id, position, text_value, number_value, date_value, bool_value",
        values);
  }

  private static Object[] value(UUID id, NormalizedCustomer.Value v) {
    return new Object[] {id, v.fieldId(), v.position(), v.text(), v.number(), v.date(), v.bool()};
  }

  private void write(String table, String columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (postgres()) {
      copy(table, columns, rows);
    } else {
      String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
      jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + marks + ")", rows.stream()
          .map(BulkCustomerSql::jdbcValues).toList());
    }
  }

  private static Object[] jdbcValues(Object[] row) {
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i] instanceof Instant instant ? SqlTime.utc(instant) : row[i];
    }
    return out;
  }

  /** {@code COPY table (columns) FROM STDIN} in CSV, on the transaction's connection. */
  private void copy(String table, String columns, List<Object[]> rows) {
    StringBuilder csv = new StringBuilder(rows.size() * 64);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          csv.append(',');
        }
        Object value = row[i];
        if (value == null) {
          continue;
        }
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
      }
      csv.append('\n');
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      pg.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
          new StringReader(csv.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
