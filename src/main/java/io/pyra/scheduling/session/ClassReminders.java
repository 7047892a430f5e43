package io.pyra.scheduling.session;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.platform.SqlTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each customer enrolled in a class that starts within {@code
 * pyra.scheduling.sessions.remind-before} (24 hours) by e-mail, in their language, once per
 * enrolment: the enrolment is claimed ({@code reminded_at}) in a transaction of its own before the
 * mail goes out, and given back when the mail fails, so a later pass tries again.
 */
@Component
public class ClassReminders {

  private static final int BATCH = 200;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record Due(
      UUID enrolmentId,
      UUID customerId,
      String course,
      Instant startsAt,
      String centre,
      String zone) {}

  private final JdbcClient jdbc;
  private final CustomerApi customers;
  private final MessageSource messages;
  private final ObjectProvider<JavaMailSender> mail;
  private final String from;
  private final Duration before;
  private final TransactionTemplate own;
  private final Clock clock;

  ClassReminders(
      JdbcClient jdbc,
      CustomerApi customers,
      MessageSource messages,
      ObjectProvider<JavaMailSender> mail,
      @Value("${pyra.mail.from:pyra@localhost}") String from,
      @Value("${pyra.scheduling.sessions.remind-before:PT24H}") Duration before,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.messages = messages;
    this.mail = mail;
    this.from = from;
    this.before = before;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = Clock.systemUTC();
  }

  /** Sends the reminders due now. */
  public int remindDue() {
    return remindDue(clock.instant());
  }

  /**
   * Sends the reminders due at {@code now}: classes starting after now and within the lead time.
   */
  public int remindDue(Instant now) {
    List<Due> due =
        jdbc.sql(
                """
                select e.id, e.customer_id, b.title, b.starts_at, o.name, o.time_zone
                  from scheduling_enrolment e
                  join scheduling_session s on s.id = e.session_id
                  join scheduling_booking b on b.id = s.booking_id
                  join identity_org_unit_view o on o.id = b.org_unit_id
                 where e.status = 'ENROLLED' and e.reminded_at is null and b.status = 'CONFIRMED'
                   and b.starts_at > :now and b.starts_at <= :until
                 order by b.starts_at, e.id fetch first 200 rows only""")
            .param("now", SqlTime.utc(now))
            .param("until", SqlTime.utc(now.plus(before)))
            .query(
                (rs, n) ->
                    new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getString(5),
                        rs.getString(6)))
            .list();
    int sent = 0;
    for (Due d : due.subList(0, Math.min(due.size(), BATCH))) {
      if (claim(d.enrolmentId(), now)) {
        try {
          send(d);
          sent++;
        } catch (RuntimeException e) {
          unclaim(d.enrolmentId());
          throw e;
        }
      }
    }
    return sent;
  }

  private boolean claim(UUID enrolmentId, Instant now) {
    Integer claimed =
        own.execute(
            s ->
                jdbc.sql(
                        """
                        update scheduling_enrolment set reminded_at = :now
                         where id = :id and reminded_at is null and status = 'ENROLLED'""")
                    .param("now", SqlTime.utc(now))
                    .param("id", enrolmentId)
                    .update());
    return claimed != null && claimed == 1;
  }

  private void unclaim(UUID enrolmentId) {
    own.executeWithoutResult(
        s ->
            jdbc.sql("update scheduling_enrolment set reminded_at = null where id = :id")
                .param("id", enrolmentId)
                .update());
  }

  private void send(Due due) {
    JavaMailSender sender = mail.getIfAvailable();
    CustomerId customer = new CustomerId(due.customerId());
    Optional<String> address = customers.primaryEmail(customer);
    if (sender == null || address.isEmpty()) {
      return;
    }
    Locale locale = customers.language(customer);
    String name = customers.find(customer).map(c -> c.name()).orElse("");
    String when = WHEN.format(due.startsAt().atZone(ZoneId.of(due.zone())));
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address.get());
    message.setSubject(
        messages.getMessage("session.reminder.subject", new Object[] {due.course(), when}, locale));
    message.setText(
        messages.getMessage(
            "session.reminder.body",
            new Object[] {name, due.course(), when, due.centre()},
            locale));
    sender.send(message);
  }
}
