package io.pyra.interaction.record;

import io.pyra.customer.CustomerCard;
import io.pyra.customer.LastContacts;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.link.SqlWhere;
import io.pyra.platform.SqlTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest contact records of the known-caller cards, which the customer module declares
 * ({@link LastContacts}) and this module provides: seen exactly where their customer is, the
 * latest few of each customer in one statement for all the cards.
 */
@Component
class CardContactRecords implements LastContacts {

  private final JdbcClient jdbc;
  private final CustomerLinks customers;

  CardContactRecords(JdbcClient jdbc, CustomerLinks customers) {
    this.jdbc = jdbc;
    this.customers = customers;
  }

  @Override
  public Map<UUID, List<CustomerCard.LastContact>> latest(Collection<UUID> customerIds, int perCustomer) {
    Map<UUID, List<CustomerCard.LastContact>> latest = new LinkedHashMap<>();
    if (customerIds.isEmpty() || perCustomer < 1) {
      return latest;
    }
    SqlWhere where = new SqlWhere().add("c.deleted_at is null").scope(customers.readScope())
        .add("r.customer_id in (:customerIds)", "customerIds", List.copyOf(customerIds)).param("per", perCustomer);
    boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
    jdbc.sql("""
            select x.id, x.customer_id, x.occurred_at, x.type, x.name_en, x.name_zh, x.channel, x.direction, x.subject,
                   x.author_id, x.author_name
              from (select r.id, r.customer_id, r.occurred_at, t.code as type, t.name_en, t.name_zh, r.channel,
                           r.direction, r.subject, r.author_id, u.display_name as author_name,
                           row_number() over (partition by r.customer_id order by r.occurred_at desc, r.id desc) as n
                      from interaction_record r
                      join customer_customer c on c.id = r.customer_id
                      join interaction_type t on t.id = r.type_id
                      join identity_user u on u.id = r.author_id
                     where %s) x
             where x.n <= :per
             order by x.customer_id, x.occurred_at desc, x.id desc""".formatted(where.sql()))
        .params(where.params())
        .query((rs, n) -> {
          UUID customerId = rs.getObject("customer_id", UUID.class);
          latest.computeIfAbsent(customerId, id -> new ArrayList<>()).add(new CustomerCard.LastContact(
              rs.getObject("id", UUID.class), SqlTime.instant(rs.getObject("occurred_at", OffsetDateTime.class)),
              rs.getString("type"), rs.getString(chinese ? "name_zh" : "name_en"), rs.getString("channel"),
              rs.getString("direction"), rs.getString("subject"), rs.getObject("author_id", UUID.class),
              rs.getString("author_name")));
          return n;
        })
        .list();
    return latest;
  }
}
