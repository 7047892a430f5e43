package io.pyra.scheduling.session;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.platform.SqlTime;
import io.pyra.sales.Course;
import io.pyra.sales.ProductId;
import io.pyra.sales.SalesApi;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is enrolled in a session (the names of the customers the reader may see, {@code
 * customer.read}; the others without name), and the seats of the contracts they are enrolled on.
 */
@Component
@Transactional(readOnly = true)
public class SessionRoster {

  /** The most enrolments a roster lists (a session takes at most this many). */
  public static final int MAX = SessionService.MAX_CAPACITY;

  private final JdbcClient jdbc;
  private final CustomerApi customers;
  private final SalesApi sales;

  SessionRoster(JdbcClient jdbc, CustomerApi customers, SalesApi sales) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.sales = sales;
  }

  /** The session's enrolments, withdrawn ones too when asked, in the order they were made. */
  public List<Enrolment> of(UUID sessionId, boolean withdrawn) {
    List<Enrolment> rows =
        jdbc.sql(
                """
                select e.id, e.session_id, e.customer_id, e.order_id, e.status, e.attendance,
                       e.attendance_note, e.enrolled_at, e.version
                  from scheduling_enrolment e
                 where e.session_id = :session and (e.status = 'ENROLLED' or :withdrawn = true)
                 order by e.enrolled_at, e.id fetch first 1000 rows only""")
            .param("session", sessionId)
            .param("withdrawn", withdrawn)
            .query(
                (rs, n) ->
                    new Enrolment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        null,
                        false,
                        rs.getObject(4, UUID.class),
                        null,
                        rs.getString(5),
                        rs.getString(6) == null ? null : Attendance.valueOf(rs.getString(6)),
                        rs.getString(7),
                        SqlTime.instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getLong(9)))
            .list();
    Map<CustomerId, CustomerRef> found =
        customers.findAll(rows.stream().map(e -> new CustomerId(e.customerId())).toList());
    List<Enrolment> named = new ArrayList<>(rows.size());
    for (Enrolment e : rows) {
      Optional<CustomerRef> customer =
          Optional.ofNullable(found.get(new CustomerId(e.customerId())))
              .filter(c -> customers.reaches("customer.read", c));
      named.add(
          new Enrolment(
              e.id(),
              e.sessionId(),
              e.customerId(),
              customer.map(CustomerRef::name).orElse(null),
              customer.isPresent(),
              e.contractId(),
              null,
              e.status(),
              e.attendance(),
              e.attendanceNote(),
              e.enrolledAt(),
              e.version()));
    }
    return named;
  }

  /** The seats of the contracts the session's current enrolments use. */
  public List<ContractSeats> seatsOf(UUID sessionId) {
    return seats(
        """
        select c.order_id, c.product_id, c.customer_id, c.seats, c.used, c.seat_value
          from scheduling_contract_seats c
         where exists (select 1 from scheduling_enrolment e
                        where e.session_id = :id and e.status = 'ENROLLED'
                          and e.order_id = c.order_id and e.product_id = c.product_id)
         order by c.order_id, c.product_id fetch first 500 rows only""",
        sessionId);
  }

  /** The seats of a contract, one row per course it has been enrolled on. */
  public List<ContractSeats> ofContract(UUID contractId) {
    return visible(
        seats(
            """
        select c.order_id, c.product_id, c.customer_id, c.seats, c.used, c.seat_value
          from scheduling_contract_seats c
         where c.order_id = :id
         order by c.product_id fetch first 500 rows only""",
            contractId));
  }

  /** Only the seats of customers the reader may see. */
  private List<ContractSeats> visible(List<ContractSeats> seats) {
    return seats.stream()
        .filter(s -> customers.reaches("customer.read", new CustomerId(s.customerId())))
        .toList();
  }

  private List<ContractSeats> seats(String sql, UUID id) {
    return jdbc.sql(sql)
        .param("id", id)
        .query(
            (rs, n) -> {
              UUID product = rs.getObject(2, UUID.class);
              return new ContractSeats(
                  rs.getObject(1, UUID.class),
                  product,
                  sales.course(new ProductId(product)).map(Course::name).orElse(null),
                  rs.getObject(3, UUID.class),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getBigDecimal(6));
            })
        .list();
  }
}
