package io.pyra.analytics.accounting;

import io.pyra.platform.effort.ServiceEffort;
import io.pyra.platform.effort.ServiceEffortSource;
import io.pyra.platform.query.QueryPart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The effort every {@link ServiceEffortSource} reports for a period, kept to the customers a reach
 * covers, and those customers' code and name.
 */
@Component
class ServedCustomers {

  /** A customer as the reports show them. */
  record Customer(UUID id, String code, String name) {}

  /** The effort on reached customers, and those customers by id. */
  record Served(List<ServiceEffort> effort, Map<UUID, Customer> customers) {}

  private static final String REACHED =
      "select c.id, c.code, c.name from customer_card_view c where c.id in (:ids)"
          + " and c.deleted_at is null and c.merged_into_id is null and ";

  private static final int CHUNK = 1_000;

  private final List<ServiceEffortSource> sources;
  private final JdbcClient jdbc;

  ServedCustomers(List<ServiceEffortSource> sources, JdbcClient jdbc) {
    this.sources = sources;
    this.jdbc = jdbc;
  }

  /** The effort from {@code from} to {@code to} (days in {@code zone}) on reached customers. */
  Served effort(LocalDate from, LocalDate to, ZoneId zone, QueryPart reach) {
    Instant start = from.atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
    Instant until = to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
    List<ServiceEffort> all = new ArrayList<>();
    for (ServiceEffortSource source : sources) {
      all.addAll(source.effort(start, until));
    }
    Set<UUID> ids = all.stream().map(ServiceEffort::customerId).collect(Collectors.toSet());
    Map<UUID, Customer> customers = reached(ids, reach);
    return new Served(
        all.stream().filter(e -> customers.containsKey(e.customerId())).toList(), customers);
  }

  /** Those of {@code ids} the reach covers (neither merged nor deleted), by id. */
  Map<UUID, Customer> reached(Set<UUID> ids, QueryPart reach) {
    Map<UUID, Customer> customers = new HashMap<>();
    List<UUID> list = List.copyOf(ids);
    for (int i = 0; i < list.size(); i += CHUNK) {
      QueryPart.join(
              "",
              List.of(
                  QueryPart.of(REACHED)
                      .with("ids", list.subList(i, Math.min(list.size(), i + CHUNK))),
                  reach.wrap("(", ")")))
          .query(jdbc)
          .query(
              rs -> {
                UUID id = rs.getObject(1, UUID.class);
                customers.put(id, new Customer(id, rs.getString(2), rs.getString(3)));
              });
    }
    return customers;
  }
}
