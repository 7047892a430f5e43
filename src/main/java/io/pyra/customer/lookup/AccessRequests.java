package io.pyra.customer.lookup;

import io.pyra.customer.CustomerAccessRequested;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the known-caller screen, a user asks for access to the customers with the number they looked
 * up that they may not open, or tells their owners that they called: once per user, customer, kind
 * and day (a double click, or a second call the same day, tells nobody twice), audited, and
 * published as {@link CustomerAccessRequested} through the outbox.
 */
@Service
@Transactional
public class AccessRequests {

  private static final String INSERT =
      """
      insert into customer_access_request (id, customer_id, requester_id, kind, requested_on, created_at)
      values (:id, :customer, :requester, :kind, :day, :at)
      on conflict do nothing""";

  private static final String NAMES = "select id, name from customer_customer where id in (:ids)";

  private final CustomerLookup lookup;
  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  AccessRequests(
      CustomerLookup lookup,
      JdbcClient jdbc,
      CurrentUser currentUser,
      IdentityApi identity,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.lookup = lookup;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.identity = identity;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Asks about the customers with this phone (or, without one, this email) that the user may not
   * open; the number of customers whose owners are told now (0 when all were told today already, or
   * none is out of the user's reach).
   */
  public int request(String phone, String email, CustomerAccessRequested.Kind kind) {
    List<CustomerLookup.Hidden> hidden =
        phone != null && !phone.isBlank()
            ? lookup.hiddenByPhone(phone)
            : email != null && !email.isBlank() ? lookup.hiddenByEmail(email) : List.of();
    if (hidden.isEmpty()) {
      return 0;
    }
    UserId me = currentUser.requireId();
    Instant now = Instant.now();
    LocalDate today = now.atZone(identity.timeZone(me)).toLocalDate();
    String myName = identity.displayNames(List.of(me)).get(me);
    Map<UUID, String> names = new HashMap<>();
    jdbc.sql(NAMES)
        .param("ids", hidden.stream().map(h -> h.id().value()).toList())
        .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    int told = 0;
    for (CustomerLookup.Hidden customer : hidden) {
      UUID id = Ids.newId();
      int inserted =
          jdbc.sql(INSERT)
              .param("id", id)
              .param("customer", customer.id().value())
              .param("requester", me.value())
              .param("kind", kind.name())
              .param("day", today)
              .param("at", SqlTime.utc(now))
              .update();
      if (inserted == 0) {
        continue;
      }
      told++;
      audit.append(
          new AuditEvent(
              kind.name(),
              CustomerApi.AUDIT_RECORD_TYPE,
              customer.id().toString(),
              me.value(),
              currentUser.username().orElse(null),
              List.of(
                  FieldChange.created("kind", kind.name()),
                  FieldChange.created("requestedOn", today.toString()))));
      events.publishEvent(
          new CustomerAccessRequested(
              new CustomerId(customer.id().value()),
              names.get(customer.id().value()),
              UserId.ofNullable(customer.ownerId()),
              customer.orgUnitId(),
              me,
              myName,
              kind));
    }
    return told;
  }
}
