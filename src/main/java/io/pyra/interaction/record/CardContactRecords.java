package io.pyra.interaction.record;

import io.pyra.customer.CustomerCard;
import io.pyra.customer.CustomerId;
import io.pyra.customer.LastContacts;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest contact records of the known-caller cards, which the customer module declares ({@link
 * LastContacts}) and this module provides: of customers the caller may read (the cards were found
 * under the caller's read scope), the latest few of each customer in one statement of this module's
 * own tables for all the cards, their authors named by identity.
 */
@Component
class CardContactRecords implements LastContacts {

  private final JdbcClient jdbc;
  private final IdentityApi identity;

  CardContactRecords(JdbcClient jdbc, IdentityApi identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  private record Row(
      UUID id,
      UUID customerId,
      OffsetDateTime occurredAt,
      String type,
      String nameEn,
      String nameZh,
      String channel,
      String direction,
      String subject,
      UUID authorId) {}

  @Override
  public Map<CustomerId, List<CustomerCard.LastContact>> latest(
      Collection<CustomerId> customerIds, int perCustomer) {
    Map<CustomerId, List<CustomerCard.LastContact>> latest = new LinkedHashMap<>();
    // the cards were found under the caller's read scope (LastContacts' contract): no second check
    // per card
    List<UUID> readable = customerIds.stream().map(CustomerId::value).distinct().toList();
    if (readable.isEmpty() || perCustomer < 1) {
      return latest;
    }
    List<Row> rows =
        jdbc.sql(
                """
            select x.id, x.customer_id, x.occurred_at, x.type, x.name_en, x.name_zh, x.channel, x.direction, x.subject,
                   x.author_id
              from (select r.id, r.customer_id, r.occurred_at, t.code as type, t.name_en, t.name_zh, r.channel,
                           r.direction, r.subject, r.author_id,
                           row_number() over (partition by r.customer_id order by r.occurred_at desc, r.id desc) as n
                      from interaction_record r
                      join interaction_type t on t.id = r.type_id
                     where r.customer_id in (:customerIds)) x
             where x.n <= :per
             order by x.customer_id, x.occurred_at desc, x.id desc""")
            .param("customerIds", readable)
            .param("per", perCustomer)
            .query(Row.class)
            .list();
    Map<UserId, String> authors =
        identity.displayNames(rows.stream().map(row -> new UserId(row.authorId())).toList());
    Locale locale = LocaleContextHolder.getLocale();
    for (Row row : rows) {
      latest
          .computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
          .add(
              new CustomerCard.LastContact(
                  row.id(),
                  SqlTime.instant(row.occurredAt()),
                  row.type(),
                  new LocalizedName(row.nameEn(), row.nameZh()).in(locale),
                  row.channel(),
                  row.direction(),
                  row.subject(),
                  new UserId(row.authorId()),
                  authors.get(new UserId(row.authorId()))));
    }
    return latest;
  }
}
