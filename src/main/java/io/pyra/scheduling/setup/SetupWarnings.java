package io.pyra.scheduling.setup;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserContact;
import io.pyra.identity.UserId;
import io.pyra.platform.SqlTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the instructors of a booking, in their language, that its PCs are not ready: once per
 * request ({@code warned_at}), for OPEN requests due within the hour on the clock given. A request
 * is claimed before its mails go out; when a mail fails the claim is given back and the next run
 * tries again.
 */
@Component
class SetupWarnings {

  static final Duration AHEAD = Duration.ofHours(1);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record Due(
      UUID id,
      UUID bookingId,
      String title,
      String pcSet,
      String profile,
      Instant dueAt,
      int machines,
      int verified) {}

  private final JdbcClient jdbc;
  private final SetupBookings bookings;
  private final IdentityApi identity;
  private final SetupMail mail;
  private final MessageSource messages;
  private final TransactionTemplate transaction;

  SetupWarnings(
      JdbcClient jdbc,
      SetupBookings bookings,
      IdentityApi identity,
      SetupMail mail,
      MessageSource messages,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.bookings = bookings;
    this.identity = identity;
    this.mail = mail;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Warns about the requests not ready an hour before {@code clock}'s now; how many were warned.
   */
  int warnDue(Clock clock) {
    if (!mail.available()) {
      return 0;
    }
    Instant now = clock.instant();
    int warned = 0;
    for (Due due : due(now)) {
      if (claim(due.id(), now) && tell(due)) {
        warned++;
      }
    }
    return warned;
  }

  private List<Due> due(Instant now) {
    return jdbc.sql(
            """
            select q.id, q.booking_id, b.title, r.name, p.name, q.due_at, q.machines,
                   (select count(*) from scheduling_setup_machine m
                     where m.request_id = q.id and m.state = 'VERIFIED')
              from scheduling_setup_request q
              join scheduling_booking b on b.id = q.booking_id
              join scheduling_resource r on r.id = q.resource_id
              join scheduling_setup_profile p on p.id = q.profile_id
             where q.status = 'OPEN' and q.warned_at is null
               and q.due_at > :now and q.due_at <= :ahead
             order by q.due_at, q.id fetch first 200 rows only""")
        .param("now", SqlTime.utc(now))
        .param("ahead", SqlTime.utc(now.plus(AHEAD)))
        .query(
            (rs, n) ->
                new Due(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    SqlTime.instant(rs.getObject(6, OffsetDateTime.class)),
                    rs.getInt(7),
                    rs.getInt(8)))
        .list();
  }

  /** Whether the mails of the request went out (its claim is given back when one did not). */
  private boolean tell(Due due) {
    boolean all = true;
    for (UUID instructor : bookings.instructors(due.bookingId())) {
      UserContact to = identity.contact(new UserId(instructor)).orElse(null);
      if (to == null || to.email() == null || to.email().isBlank()) {
        continue;
      }
      Locale locale = to.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(to.locale());
      Object[] args = {
        due.title(),
        WHEN.format(due.dueAt().atZone(to.timeZone())),
        due.pcSet(),
        due.profile(),
        due.verified(),
        due.machines(),
        to.timeZone().getId()
      };
      String subject = messages.getMessage("setup.warning.subject", args, locale);
      String body = messages.getMessage("setup.warning.body", args, locale);
      all &= mail.send(to.email(), subject, body);
    }
    if (!all) {
      transaction.executeWithoutResult(
          s ->
              jdbc.sql("update scheduling_setup_request set warned_at = null where id = :id")
                  .param("id", due.id())
                  .update());
    }
    return all;
  }

  private boolean claim(UUID id, Instant now) {
    Integer claimed =
        transaction.execute(
            s ->
                jdbc.sql(
                        """
                        update scheduling_setup_request set warned_at = :now
                         where id = :id and warned_at is null and status = 'OPEN'""")
                    .param("now", SqlTime.utc(now))
                    .param("id", id)
                    .update());
    return claimed != null && claimed == 1;
  }
}
