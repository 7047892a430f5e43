package io.pyra.customer.importing;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.bulk.BulkRows;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the customers import rows match (by code, email, phone) and reads them as normalized
 * values.
 */
@Component
class StoredCustomers {

  private final JdbcClient jdbc;
  private final BulkRows rows;

  StoredCustomers(JdbcClient jdbc, BulkRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  Map<String, UUID> byCode(Collection<String> codes) {
    return earliestLive("select code, id from customer_customer where code = any(:keys)", codes);
  }

  Map<String, UUID> byEmail(Collection<String> emails) {
    return earliestLive(
        "select address, customer_id from customer_email where address = any(:keys)", emails);
  }

  Map<String, UUID> byPhone(Collection<String> phones) {
    return earliestLive(
        "select number, customer_id from customer_phone where number = any(:keys)", phones);
  }

  /**
   * Key → the earliest created live customer holding it. Two single-table queries with one array
   * parameter each, so that whatever PostgreSQL believes of the table sizes during a big import,
   * the only possible plans are index lookups by key and by id (a join could be driven from the
   * wrong side).
   */
  private Map<String, UUID> earliestLive(String sql, Collection<String> keys) {
    Map<String, UUID> result = new HashMap<>();
    if (keys.isEmpty()) {
      return result;
    }
    preferIndexes(true);
    Map<String, List<UUID>> holders = new HashMap<>();
    jdbc.sql(sql)
        .param("keys", new HashSet<>(keys).toArray(String[]::new))
        .query(
            (rs, n) ->
                holders
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(rs.getObject(2, UUID.class)))
        .list();
    if (!holders.isEmpty()) {
      Map<UUID, java.time.OffsetDateTime> live = new HashMap<>();
      UUID[] ids = holders.values().stream().flatMap(List::stream).distinct().toArray(UUID[]::new);
      jdbc.sql(
              "select id, created_at from customer_customer where id = any(:ids) and deleted_at is null")
          .param("ids", ids)
          .query(
              (rs, n) ->
                  live.put(
                      rs.getObject(1, UUID.class), rs.getObject(2, java.time.OffsetDateTime.class)))
          .list();
      java.util.Comparator<UUID> earliest = java.util.Comparator.comparing(live::get);
      holders.forEach(
          (key, candidates) ->
              candidates.stream()
                  .filter(live::containsKey)
                  .min(earliest.thenComparing(java.util.Comparator.naturalOrder()))
                  .ifPresent(id -> result.put(key, id)));
    }
    preferIndexes(false);
    return result;
  }

  /**
   * A big import grows the tables far faster than autovacuum analyzes them; with the stale row
   * counts PostgreSQL would match each chunk's keys by scanning whole tables. The key lookups are
   * index lookups by construction, so the planner is told to use the indexes for them (in the
   * caller's transaction only).
   */
  private void preferIndexes(boolean on) {
    if (rows.postgres()) {
      jdbc.sql(on ? "set local enable_seqscan = off" : "set local enable_seqscan = on").update();
    }
  }

  Map<UUID, CustomerImportApi.StoredCustomer> load(Collection<UUID> ids) {
    Map<UUID, CustomerImportApi.StoredCustomer> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Map<UUID, List<String>> phones = new HashMap<>();
    Map<UUID, List<String>> emails = new HashMap<>();
    Map<UUID, LinkedHashSet<String>> tags = new HashMap<>();
    Map<UUID, java.util.Set<NormalizedCustomer.Value>> values = new HashMap<>();
    List<UUID> list = List.copyOf(new HashSet<>(ids));
    preferIndexes(true);
    for (int from = 0; from < list.size(); from += 5000) {
      List<UUID> part = list.subList(from, Math.min(list.size(), from + 5000));
      jdbc.sql(
              "select customer_id, number from customer_phone where customer_id in (:ids) order by customer_id, position")
          .param("ids", part)
          .query(
              (rs, n) ->
                  phones
                      .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                      .add(rs.getString(2)))
          .list();
      jdbc.sql(
              "select customer_id, address from customer_email where customer_id in (:ids) order by customer_id, position")
          .param("ids", part)
          .query(
              (rs, n) ->
                  emails
                      .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                      .add(rs.getString(2)))
          .list();
      jdbc.sql("select customer_id, tag from customer_tag where customer_id in (:ids)")
          .param("ids", part)
          .query(
              (rs, n) ->
                  tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>())
                      .add(rs.getString(2)))
          .list();
      jdbc.sql(
              """
              select customer_id, field_id, position, text_value, number_value, date_value, bool_value
                from customer_field_value where customer_id in (:ids)""")
          .param("ids", part)
          .query(
              (rs, n) -> {
                Date date = rs.getDate(6);
                Object bool = rs.getObject(7);
                return values
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(
                        new NormalizedCustomer.Value(
                            rs.getObject(2, UUID.class),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getBigDecimal(5),
                            date == null ? null : date.toLocalDate(),
                            bool == null ? null : rs.getBoolean(7)));
              })
          .list();
      jdbc.sql(
              """
              select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id, c.org_unit_id, c.sector_id, s.code,
                     c.country, c.province, c.city, c.street, c.postal_code, c.education, c.interests, c.industry,
                     c.employee_count, c.core_competencies, c.competitors, c.background, c.version
                from customer_customer c left join customer_sector s on s.id = c.sector_id
               where c.id in (:ids)""")
          .param("ids", part)
          .query(
              (rs, n) -> {
                UUID id = rs.getObject(1, UUID.class);
                Object employees = rs.getObject(19);
                NormalizedCustomer customer =
                    new NormalizedCustomer(
                        CustomerKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        LifecycleStage.valueOf(rs.getString(6)),
                        UserId.ofNullable(rs.getObject(7, UUID.class)),
                        OrgUnitId.ofNullable(rs.getObject(8, UUID.class)),
                        rs.getObject(9, UUID.class),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18),
                        employees == null ? null : rs.getInt(19),
                        rs.getString(20),
                        rs.getString(21),
                        rs.getString(22),
                        phones.getOrDefault(id, List.of()),
                        emails.getOrDefault(id, List.of()),
                        tags.getOrDefault(id, new LinkedHashSet<>()),
                        values.getOrDefault(id, new HashSet<>()));
                return result.put(
                    id,
                    new CustomerImportApi.StoredCustomer(
                        new CustomerId(id),
                        rs.getString(2),
                        rs.getString(10),
                        rs.getLong(23),
                        customer));
              })
          .list();
    }
    preferIndexes(false);
    return result;
  }
}
