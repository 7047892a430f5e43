package io.pyra.customer.directory;

import io.pyra.customer.field.FieldType;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completes a page of customers with their phones, emails, tags, custom field values and the names
 * of owner, org unit and sector, and the value tier and grade: a few queries by the ids of the
 * page, never per row.
 */
@Component
class RowDetails {

  private final JdbcClient jdbc;
  private final IdentityApi identity;
  private final CustomerValues values;

  RowDetails(JdbcClient jdbc, IdentityApi identity, CustomerValues values) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.values = values;
  }

  List<CustomerRow> complete(List<CustomerRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<UUID> ids = rows.stream().map(CustomerRow::id).toList();
    Map<UUID, List<String>> phones =
        strings(
            "select customer_id, number from customer_phone where customer_id in (:ids) order by customer_id, position",
            ids);
    Map<UUID, List<String>> emails =
        strings(
            "select customer_id, address from customer_email where customer_id in (:ids) order by customer_id, position",
            ids);
    Map<UUID, List<String>> tags =
        strings(
            "select customer_id, tag from customer_tag where customer_id in (:ids) order by customer_id, tag",
            ids);
    Map<UUID, Map<String, Object>> fields = fieldValues(ids);
    Map<UUID, CustomerValue> value = values.of(ids);
    Map<UserId, String> owners =
        identity.displayNames(rows.stream().map(r -> new UserId(r.ownerId())).toList());
    Map<OrgUnitId, String> units =
        identity.orgUnitNames(rows.stream().map(r -> new OrgUnitId(r.orgUnitId())).toList());
    List<UUID> sectorIds =
        rows.stream()
            .map(CustomerRow::sector)
            .filter(Objects::nonNull)
            .distinct()
            .map(UUID::fromString)
            .toList();
    Map<UUID, String[]> sectors = new HashMap<>();
    if (!sectorIds.isEmpty()) {
      jdbc.sql("select id, code, name_en, name_zh from customer_sector where id in (:ids)")
          .param("ids", sectorIds)
          .query(
              (rs, n) ->
                  sectors.put(
                      rs.getObject(1, UUID.class),
                      new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
          .list();
    }
    return rows.stream()
        .map(
            r -> {
              String[] sector =
                  r.sector() == null
                      ? new String[3]
                      : sectors.getOrDefault(UUID.fromString(r.sector()), new String[3]);
              CustomerValue known = value.getOrDefault(r.id(), CustomerValue.NONE);
              return new CustomerRow(
                  r.id(),
                  r.code(),
                  r.kind(),
                  r.name(),
                  r.stage(),
                  r.ownerId(),
                  owners.get(new UserId(r.ownerId())),
                  r.orgUnitId(),
                  units.get(new OrgUnitId(r.orgUnitId())),
                  sector[0],
                  sector[1],
                  sector[2],
                  r.city(),
                  phones.getOrDefault(r.id(), List.of()),
                  emails.getOrDefault(r.id(), List.of()),
                  tags.getOrDefault(r.id(), List.of()),
                  fields.getOrDefault(r.id(), Map.of()),
                  known.tier(),
                  known.grade(),
                  r.createdAt(),
                  r.updatedAt(),
                  r.version());
            })
        .toList();
  }

  private Map<UUID, List<String>> strings(String sql, List<UUID> ids) {
    Map<UUID, List<String>> values = new HashMap<>();
    jdbc.sql(sql)
        .param("ids", ids)
        .query(
            (rs, n) ->
                values
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2)))
        .list();
    return values;
  }

  @SuppressWarnings("unchecked")
  private Map<UUID, Map<String, Object>> fieldValues(List<UUID> ids) {
    Map<UUID, Map<String, Object>> values = new HashMap<>();
    jdbc.sql(
            """
            select v.customer_id, f.code, f.type, v.text_value, v.number_value, v.date_value, v.bool_value
              from customer_field_value v join customer_field f on f.id = v.field_id
             where v.customer_id in (:ids)
             order by v.customer_id, f.position, f.code, v.position""")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              Map<String, Object> fields =
                  values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>());
              String code = rs.getString(2);
              FieldType type = FieldType.valueOf(rs.getString(3));
              Object value =
                  switch (type) {
                    case TEXT, CHOICE, MULTI_CHOICE -> rs.getString(4);
                    case NUMBER -> plain(rs.getBigDecimal(5));
                    case DATE -> rs.getObject(6, java.time.LocalDate.class);
                    case BOOLEAN -> rs.getObject(7, Boolean.class);
                  };
              if (type == FieldType.MULTI_CHOICE) {
                ((List<Object>) fields.computeIfAbsent(code, k -> new ArrayList<>())).add(value);
              } else {
                fields.put(code, value);
              }
              return null;
            })
        .list();
    return values;
  }

  private static BigDecimal plain(BigDecimal value) {
    return value == null
        ? null
        : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
  }
}
