package io.pyra.support.mailbox;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's side of the inbound mail: the lists by status (triage, quarantine), one mail, and
 * the two decisions on a mail in triage — discard it, or hand it to a customer the user may read
 * (NEW with that customer, and an {@link InboundMailAssigned} event for the case code). A mail
 * linked to a customer is seen only by those whose {@code customer.read} reaches the customer.
 */
@Service
public class Triage {

  public static final int MAX_LIMIT = 200;

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("inbound-mail", Instant.class, UUID.class);

  private static final String SELECT =
      """
      select m.id, m.from_address, m.from_name, m.subject, m.received_at, m.size_bytes, m.status, m.reason,
             m.customer_id
        from support_inbound_mail m where\s""";

  private final JdbcClient jdbc;
  private final InboundMailStore store;
  private final CustomerApi customers;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  Triage(
      JdbcClient jdbc,
      InboundMailStore store,
      CustomerApi customers,
      CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.customers = customers;
    this.currentUser = currentUser;
    this.events = events;
  }

  /** The mails in {@code status} (every status when null) the user may see, newest first. */
  @Transactional(readOnly = true)
  public Slice<InboundMailRow> list(InboundMailStatus status, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and(reachable());
    if (status != null) {
      where.and("m.status = :status", "status", status.name());
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(MailOrder.NEWEST.after(SqlTime.utc(after.instant(0)), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<InboundMailRow> rows =
        where
            .query(jdbc, SELECT, MailOrder.NEWEST.orderBy(), "limit :limit")
            .query(
                (rs, n) -> {
                  UUID customer = rs.getObject(9, UUID.class);
                  return new InboundMailRow(
                      new InboundMailId(rs.getObject(1, UUID.class)),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      SqlTime.instant(rs.getObject(5, OffsetDateTime.class)),
                      rs.getLong(6),
                      InboundMailStatus.valueOf(rs.getString(7)),
                      rs.getString(8),
                      customer == null ? null : new CustomerId(customer));
                })
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.receivedAt(), last.id().value()));
  }

  /** The mail, when the user may see it; else not found. */
  @Transactional(readOnly = true)
  public InboundMail get(InboundMailId id) {
    InboundMail mail =
        store.find(id.value()).orElseThrow(() -> new RecordNotFoundException("inbound mail", id));
    if (mail.customerId() != null && !customers.reaches("customer.read", mail.customerId())) {
      throw new RecordNotFoundException("inbound mail", id);
    }
    return mail;
  }

  /** Discards a mail in triage, as the current user, now. */
  @Transactional
  public InboundMail discard(InboundMailId id) {
    get(id);
    if (!store.discard(id.value(), currentUser.requireId().value(), Instant.now())) {
      throw notInTriage();
    }
    return get(id);
  }

  /**
   * Hands a mail in triage to the customer with this code, which the user must be able to read (a
   * customer they may not read is as unknown); answers the customer.
   */
  @Transactional
  public CustomerRef assign(InboundMailId id, String customerCode) {
    get(id);
    CustomerRef customer =
        customers
            .findByCode(customerCode)
            .filter(c -> customers.reaches("customer.read", c))
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "customerCode",
                        "unknown",
                        "mailbox.assign.unknownCustomer",
                        customerCode == null ? "" : customerCode.strip()));
    if (!store.assign(id.value(), customer.id(), currentUser.requireId().value(), Instant.now())) {
      throw notInTriage();
    }
    events.publishEvent(new InboundMailAssigned(id, customer.id()));
    return customer;
  }

  private static BusinessRuleException notInTriage() {
    return new BusinessRuleException("status", "not-in-triage", "mailbox.notInTriage");
  }

  /** A mail without a customer, or whose customer the user's customer.read reaches. */
  private QueryPart reachable() {
    return currentUser
        .visibility("customer.read")
        .condition("c.owner_id", "c.org_unit_id")
        .wrap(
            "(m.customer_id is null or exists (select 1 from customer_card_view c where c.id = m.customer_id and ",
            "))");
  }

  private enum MailOrder implements SortKey {
    NEWEST(
        "order by m.received_at desc, m.id desc",
        "(m.received_at < :after0 or (m.received_at = :after0 and m.id < :after1))");

    private final String orderBy;
    private final String after;

    MailOrder(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
