package io.pyra.scheduling.session;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.scheduling.calendar.BookingParticipants;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers enrolled in a class session are told of its booking too: each one's first e-mail
 * address, in their language, on the centre's clock.
 */
@Component
class SessionParticipants implements BookingParticipants {

  private final JdbcClient jdbc;
  private final CustomerApi customers;

  SessionParticipants(JdbcClient jdbc, CustomerApi customers) {
    this.jdbc = jdbc;
    this.customers = customers;
  }

  @Override
  public List<Recipient> recipients(UUID bookingId) {
    record Enrolled(UUID customerId, String zone) {}
    List<Enrolled> enrolled =
        jdbc.sql(
                """
                select e.customer_id, o.time_zone
                  from scheduling_enrolment e
                  join scheduling_session s on s.id = e.session_id
                  join scheduling_booking b on b.id = s.booking_id
                  join identity_org_unit_view o on o.id = b.org_unit_id
                 where s.booking_id = :booking and e.status = 'ENROLLED'
                 order by e.enrolled_at, e.id fetch first 500 rows only""")
            .param("booking", bookingId)
            .query((rs, n) -> new Enrolled(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
    List<Recipient> recipients = new ArrayList<>();
    for (Enrolled e : enrolled) {
      CustomerId id = new CustomerId(e.customerId());
      Optional<String> email = customers.primaryEmail(id);
      if (email.isEmpty()) {
        continue;
      }
      String name = customers.find(id).map(c -> c.name()).orElse(email.get());
      recipients.add(
          new Recipient(
              name,
              email.get(),
              customers.language(id),
              e.zone() == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(e.zone())));
    }
    return recipients;
  }
}
