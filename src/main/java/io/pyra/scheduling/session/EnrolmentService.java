package io.pyra.scheduling.session;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.sales.ContractCourse;
import io.pyra.sales.OrderId;
import io.pyra.sales.ProductId;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.booking.BookingAccess;
import io.pyra.scheduling.booking.BookingStatus;
import io.pyra.scheduling.calendar.DueNotices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a customer in a session on a contract's seats and withdraws an enrolment (the seat given
 * back). The contract's seats for the course are read from sales at its first enrolment; a seat is
 * taken by a conditional update ({@code used < seats}) and a place by another ({@code enrolled <
 * capacity}), so that two people enrolling at once never overbook either. Every refusal is a 422
 * naming the field, and leaves nothing written. The customer enrolled is due the session booking's
 * invitation (their contact's, in the same transaction; those invited already are not mailed
 * again).
 */
@Service
public class EnrolmentService {

  public static final String ENROLLED = "ENROLLED";
  public static final String WITHDRAWN = "WITHDRAWN";

  private final SessionDirectory sessions;
  private final CustomerApi customers;
  private final SalesApi sales;
  private final BookingAccess access;
  private final JdbcClient jdbc;
  private final DueNotices notices;

  EnrolmentService(
      SessionDirectory sessions,
      CustomerApi customers,
      SalesApi sales,
      BookingAccess access,
      JdbcClient jdbc,
      DueNotices notices) {
    this.sessions = sessions;
    this.customers = customers;
    this.sales = sales;
    this.access = access;
    this.jdbc = jdbc;
    this.notices = notices;
  }

  /** Enrols the customer in the session on the contract (by id); the enrolment's id. */
  @Transactional
  public UUID enrol(UUID sessionId, UUID customerId, UUID contractId) {
    Session session = sessions.reachable(sessionId, SessionService.WRITE);
    ProductId course = new ProductId(session.productId());
    return enrol(
        session,
        customerId,
        contractId == null
            ? Optional.empty()
            : sales.contractCourse(new OrderId(contractId), course),
        contractId == null);
  }

  /** Enrols the customer in the session on the contract with this number. */
  @Transactional
  public UUID enrol(UUID sessionId, UUID customerId, String contractNumber) {
    Session session = sessions.reachable(sessionId, SessionService.WRITE);
    boolean blank = contractNumber == null || contractNumber.isBlank();
    if (!blank && contractNumber.length() > 40) {
      throw new BusinessRuleException("contractId", "unknown", "session.contract.unknown");
    }
    return enrol(
        session,
        customerId,
        blank
            ? Optional.empty()
            : sales.contractCourse(contractNumber, new ProductId(session.productId())),
        blank);
  }

  UUID enrol(Session session, UUID customerId, Optional<ContractCourse> found, boolean noContract) {
    if (session.status() != BookingStatus.CONFIRMED) {
      throw new BusinessRuleException("sessionId", "cancelled", "session.cancelled");
    }
    if (customerId == null) {
      throw new BusinessRuleException("customerId", "required", "session.customer.required");
    }
    if (!customers.reaches("customer.read", new CustomerId(customerId))) {
      throw new BusinessRuleException("customerId", "unknown", "session.customer.unknown");
    }
    if (noContract) {
      throw new BusinessRuleException("contractId", "required", "session.contract.required");
    }
    ContractCourse contract =
        found.orElseThrow(
            () -> new BusinessRuleException("contractId", "unknown", "session.contract.unknown"));
    if (contract.customerId() == null || !contract.customerId().value().equals(customerId)) {
      throw new BusinessRuleException(
          "contractId", "not-customers", "session.contract.not-customers");
    }
    if (!contract.usable()) {
      throw new BusinessRuleException("contractId", "not-usable", "session.contract.not-usable");
    }
    if (contract.seats() < 1) {
      throw new BusinessRuleException("contractId", "no-course", "session.contract.no-course");
    }
    Optional<String> status = statusOf(session.id(), customerId);
    if (status.filter(ENROLLED::equals).isPresent()) {
      throw new BusinessRuleException(
          "customerId", "already-enrolled", "session.customer.already-enrolled");
    }
    Instant now = Instant.now();
    UUID orderId = contract.orderId().value();
    seatsOf(contract, session.productId(), now);
    int taken =
        jdbc.sql(
                """
                update scheduling_contract_seats set used = used + 1, version = version + 1,
                       updated_at = :now
                 where order_id = :order and product_id = :product and used < seats""")
            .param("now", SqlTime.utc(now))
            .param("order", orderId)
            .param("product", session.productId())
            .update();
    if (taken == 0) {
      throw new BusinessRuleException("contractId", "no-seats", "session.contract.no-seats");
    }
    int placed =
        jdbc.sql(
                """
                update scheduling_session set enrolled = enrolled + 1, version = version + 1,
                       updated_at = :now
                 where id = :id and enrolled < capacity""")
            .param("now", SqlTime.utc(now))
            .param("id", session.id())
            .update();
    if (placed == 0) {
      throw new BusinessRuleException("sessionId", "full", "session.full");
    }
    UUID enrolment =
        status.isPresent()
            ? again(session.id(), customerId, orderId, now)
            : insert(session, customerId, orderId, now);
    notices.enrolled(session.bookingId());
    return enrolment;
  }

  /** Withdraws an enrolment of the session: its seat and its place are free again. */
  @Transactional
  public void withdraw(UUID sessionId, UUID enrolmentId) {
    Session session = sessions.reachable(sessionId, SessionService.WRITE);
    Optional<UUID[]> row =
        jdbc.sql(
                """
                select order_id, product_id, attendance from scheduling_enrolment
                 where id = :id and session_id = :session and status = 'ENROLLED'""")
            .param("id", enrolmentId)
            .param("session", session.id())
            .query(
                (rs, n) ->
                    rs.getString(3) != null
                        ? new UUID[0]
                        : new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
            .optional();
    if (row.isEmpty()) {
      throw new RecordNotFoundException("enrolment", enrolmentId);
    }
    if (row.get().length == 0) {
      throw new BusinessRuleException(
          "enrolmentId", "attended", "session.enrolment.attendance-recorded");
    }
    Instant now = Instant.now();
    int withdrawn =
        jdbc.sql(
                """
                update scheduling_enrolment set status = 'WITHDRAWN', withdrawn_at = :now,
                       version = version + 1
                 where id = :id and status = 'ENROLLED' and attendance is null""")
            .param("now", SqlTime.utc(now))
            .param("id", enrolmentId)
            .update();
    if (withdrawn == 0) {
      throw new RecordNotFoundException("enrolment", enrolmentId);
    }
    jdbc.sql(
            """
            update scheduling_contract_seats set used = used - 1, version = version + 1,
                   updated_at = :now
             where order_id = :order and product_id = :product""")
        .param("now", SqlTime.utc(now))
        .param("order", row.get()[0])
        .param("product", row.get()[1])
        .update();
    jdbc.sql(
            """
            update scheduling_session set enrolled = enrolled - 1, version = version + 1,
                   updated_at = :now
             where id = :id""")
        .param("now", SqlTime.utc(now))
        .param("id", session.id())
        .update();
  }

  /** The contract's seats row for the course, made from sales' figures at its first enrolment. */
  private void seatsOf(ContractCourse contract, UUID productId, Instant now) {
    BigDecimal seatValue =
        contract.amountBase().divide(BigDecimal.valueOf(contract.seats()), 6, RoundingMode.HALF_UP);
    jdbc.sql(
            """
            insert into scheduling_contract_seats (order_id, product_id, customer_id, seats, used,
              seat_value, version, created_at, updated_at)
            values (:order, :product, :customer, :seats, 0, :value, 0, :now, :now)
            on conflict do nothing""")
        .param("order", contract.orderId().value())
        .param("product", productId)
        .param("customer", contract.customerId().value())
        .param("seats", contract.seats())
        .param("value", seatValue)
        .param("now", SqlTime.utc(now))
        .update();
  }

  private Optional<String> statusOf(UUID sessionId, UUID customerId) {
    return jdbc.sql(
            """
            select status from scheduling_enrolment
             where session_id = :session and customer_id = :customer""")
        .param("session", sessionId)
        .param("customer", customerId)
        .query(String.class)
        .optional();
  }

  private UUID insert(Session session, UUID customerId, UUID orderId, Instant now) {
    UUID id = Ids.newId();
    try {
      jdbc.sql(
              """
              insert into scheduling_enrolment (id, session_id, customer_id, order_id, product_id,
                status, enrolled_by, enrolled_at, version)
              values (:id, :session, :customer, :order, :product, 'ENROLLED', :by, :now, 0)""")
          .param("id", id)
          .param("session", session.id())
          .param("customer", customerId)
          .param("order", orderId)
          .param("product", session.productId())
          .param("by", access.me())
          .param("now", SqlTime.utc(now))
          .update();
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleException(
          "customerId", "already-enrolled", "session.customer.already-enrolled");
    }
    return id;
  }

  /** A withdrawn enrolment taken up again (one row per session and customer). */
  private UUID again(UUID sessionId, UUID customerId, UUID orderId, Instant now) {
    UUID id =
        jdbc.sql(
                """
                select id from scheduling_enrolment
                 where session_id = :session and customer_id = :customer""")
            .param("session", sessionId)
            .param("customer", customerId)
            .query(UUID.class)
            .single();
    int updated =
        jdbc.sql(
                """
                update scheduling_enrolment set status = 'ENROLLED', order_id = :order,
                       enrolled_by = :by, enrolled_at = :now, withdrawn_at = null,
                       reminded_at = null, version = version + 1
                 where id = :id and status = 'WITHDRAWN'""")
            .param("order", orderId)
            .param("by", access.me())
            .param("now", SqlTime.utc(now))
            .param("id", id)
            .update();
    if (updated == 0) {
      throw new BusinessRuleException(
          "customerId", "already-enrolled", "session.customer.already-enrolled");
    }
    return id;
  }
}
