package io.pyra.integration.importing;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.NormalizedCustomer;
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

/** Finds the customers import rows match (by code, email, phone) and reads them as normalized values. */
@Component
class StoredCustomers {

  private final JdbcClient jdbc;

  StoredCustomers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored customer: its id, code, sector code, and its normalized description. */
  record Stored(UUID id, String code, String sectorCode, NormalizedCustomer customer) {}

  Map<String, UUID> byCode(Collection<String> codes) {
    return pairs("select code, id from customer_customer where deleted_at is null and code in (:keys)", codes);
  }

  Map<String, UUID> byEmail(Collection<String> emails) {
    return pairs("""
        select e.address, e.customer_id from customer_email e join customer_customer c on c.id = e.customer_id
         where c.deleted_at is null and e.address in (:keys) order by c.created_at, c.id""", emails);
  }

  Map<String, UUID> byPhone(Collection<String> phones) {
    return pairs("""
        select p.number, p.customer_id from customer_phone p join customer_customer c on c.id = p.customer_id
         where c.deleted_at is null and p.number in (:keys) order by c.created_at, c.id""", phones);
  }

  private Map<String, UUID> pairs(String sql, Collection<String> keys) {
    Map<String, UUID> result = new HashMap<>();
    if (keys.isEmpty()) {
      return result;
    }
    List<String> list = new ArrayList<>(new HashSet<>(keys));
    for (int from = 0; from < list.size(); from += 5000) {
      jdbc.sql(sql).param("keys", list.subList(from, Math.min(list.size(), from + 5000)))
          .query((rs, n) -> result.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class))).list();
    }
    return result;
  }

  Map<UUID, Stored> load(Collection<UUID> ids) {
    Map<UUID, Stored> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Map<UUID, List<String>> phones = new HashMap<>();
    Map<UUID, List<String>> emails = new HashMap<>();
    Map<UUID, LinkedHashSet<String>> tags = new HashMap<>();
    Map<UUID, java.util.Set<NormalizedCustomer.Value>> values = new HashMap<>();
    List<UUID> list = List.copyOf(new HashSet<>(ids));
    for (int from = 0; from < list.size(); from += 5000) {
      List<UUID> part = list.subList(from, Math.min(list.size(), from + 5000));
      jdbc.sql("select customer_id, number from customer_phone where customer_id in (:ids) order by customer_id, position")
          .param("ids", part).query((rs, n) -> phones.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
              .add(rs.getString(2))).list();
      jdbc.sql("select customer_id, address from customer_email where customer_id in (:ids) order by customer_id, position")
          .param("ids", part).query((rs, n) -> emails.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
              .add(rs.getString(2))).list();
      jdbc.sql("select customer_id, tag from customer_tag where customer_id in (:ids)")
          .param("ids", part).query((rs, n) -> tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>())
              .add(rs.getString(2))).list();
      jdbc.sql("""
              select customer_id, field_id, position, text_value, number_value, date_value, bool_value
                from customer_field_value where customer_id in (:ids)""")
          .param("ids", part).query((rs, n) -> {
            Date date = rs.getDate(6);
            Object bool = rs.getObject(7);
            return values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                .add(new NormalizedCustomer.Value(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                    rs.getBigDecimal(5), date == null ? null : date.toLocalDate(), bool == null ? null : rs.getBoolean(7)));
          }).list();
      jdbc.sql("""
              select c.id, c.code, c.kind, c.name, c.name_key, c.stage, c.owner_id, c.org_unit_id, c.sector_id, s.code,
                     c.country, c.province, c.city, c.street, c.postal_code, c.education, c.interests, c.industry,
                     c.employee_count, c.core_competencies, c.competitors, c.background
                from customer_customer c left join customer_sector s on s.id = c.sector_id
               where c.id in (:ids)""")
          .param("ids", part).query((rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            Object employees = rs.getObject(19);
            NormalizedCustomer customer = new NormalizedCustomer(CustomerKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), LifecycleStage.valueOf(rs.getString(6)), rs.getObject(7, UUID.class),
                rs.getObject(8, UUID.class), rs.getObject(9, UUID.class), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), employees == null ? null : rs.getInt(19), rs.getString(20), rs.getString(21),
                rs.getString(22), phones.getOrDefault(id, List.of()), emails.getOrDefault(id, List.of()),
                tags.getOrDefault(id, new LinkedHashSet<>()), values.getOrDefault(id, new HashSet<>()));
            return result.put(id, new Stored(id, rs.getString(2), rs.getString(10), customer));
          }).list();
    }
    return result;
  }

  static Object valueForInput(List<NormalizedCustomer.Value> values, String type) {
    if (values.isEmpty()) {
      return null;
    }
    if ("MULTI_CHOICE".equals(type)) {
      return values.stream().sorted(java.util.Comparator.comparingInt(NormalizedCustomer.Value::position))
          .map(NormalizedCustomer.Value::text).toList();
    }
    NormalizedCustomer.Value v = values.getFirst();
    if (v.text() != null) {
      return v.text();
    }
    if (v.number() != null) {
      return v.number().toPlainString();
    }
    if (v.date() != null) {
      return v.date().toString();
    }
    return v.bool();
  }
}
