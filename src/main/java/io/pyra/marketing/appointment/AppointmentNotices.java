package io.pyra.marketing.appointment;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.marketing.AppointmentBooked;
import io.pyra.platform.SqlTime;
import io.pyra.platform.sms.SmsGateway;
import io.pyra.platform.sms.SmsMessage;
import io.pyra.platform.sms.SmsReceipt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The visitor's confirmation on booking and reminder before the visit, by e-mail (when a mail
 * server is configured and the visitor has an address) and by SMS (when they have a phone), in
 * their language, with the time on the centre's clock. Each is claimed in the database before it
 * goes out ({@code confirmation_sent_at}, {@code reminder_sent_at} set only where still empty), so
 * two nodes never send the same one twice.
 */
@Component
public class AppointmentNotices {

  private static final Logger log = LoggerFactory.getLogger(AppointmentNotices.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int BATCH = 500;

  private static final String VISIT =
      """
      select a.starts_at, a.lead_id, a.customer_id, ou.name, ou.time_zone, cu.display_name
        from marketing_appointment a
        left join identity_org_unit_view ou on ou.id = a.centre_id
        left join identity_user_view cu on cu.id = a.consultant_id
       where a.id = :id and a.status = 'BOOKED'""";

  private record Visit(
      Instant startsAt,
      UUID leadId,
      UUID customerId,
      String centre,
      ZoneId zone,
      String consultant) {}

  private record Visitor(String email, String phone, Locale locale) {}

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsGateway sms;
  private final MessageSource messages;
  private final LeadFacts leads;
  private final CustomerApi customers;
  private final AppointmentSettings settings;
  private final String from;

  AppointmentNotices(
      JdbcClient jdbc,
      ObjectProvider<JavaMailSender> mail,
      SmsGateway sms,
      MessageSource messages,
      LeadFacts leads,
      CustomerApi customers,
      AppointmentSettings settings,
      @Value("${pyra.mail.from:pyra@localhost}") String from) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.sms = sms;
    this.messages = messages;
    this.leads = leads;
    this.customers = customers;
    this.settings = settings;
    this.from = from;
  }

  /** The confirmation of a new booking (once per appointment). */
  @ApplicationModuleListener
  void on(AppointmentBooked booked) {
    if (claim("confirmation_sent_at", booked.appointmentId().value(), Instant.now())) {
      send(booked.appointmentId().value(), "confirmation");
    }
  }

  /**
   * One pass of the reminders: every booked visit starting within the configured time from {@code
   * now} that had none yet; answers how many were sent. Each claim commits on its own, so a pass
   * running at the same time on another node skips what this one claimed.
   */
  public int remindDue(Instant now) {
    List<UUID> due =
        jdbc.sql(
                """
                select id from marketing_appointment
                 where status = 'BOOKED' and reminder_sent_at is null
                   and starts_at > :now and starts_at <= :until
                 order by starts_at fetch first 500 rows only""")
            .param("now", SqlTime.utc(now))
            .param("until", SqlTime.utc(now.plus(settings.remindBefore())))
            .query(UUID.class)
            .list();
    int sent = 0;
    for (UUID id : due.subList(0, Math.min(due.size(), BATCH))) {
      if (claim("reminder_sent_at", id, now)) {
        send(id, "reminder");
        sent++;
      }
    }
    return sent;
  }

  private boolean claim(String column, UUID id, Instant now) {
    String sql =
        "confirmation_sent_at".equals(column)
            ? """
              update marketing_appointment set confirmation_sent_at = :now
               where id = :id and confirmation_sent_at is null and status = 'BOOKED'"""
            : """
              update marketing_appointment set reminder_sent_at = :now
               where id = :id and reminder_sent_at is null and status = 'BOOKED'""";
    return jdbc.sql(sql).param("now", SqlTime.utc(now)).param("id", id).update() == 1;
  }

  private void send(UUID id, String kind) {
    visit(id).ifPresent(visit -> deliver(id, kind, visit));
  }

  private Optional<Visit> visit(UUID id) {
    return jdbc.sql(VISIT)
        .param("id", id)
        .query(
            (rs, n) ->
                new Visit(
                    SqlTime.instant(rs.getObject(1, OffsetDateTime.class)),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    ZoneId.of(rs.getString(5)),
                    rs.getString(6)))
        .optional();
  }

  private void deliver(UUID id, String kind, Visit visit) {
    Visitor visitor = visitor(visit);
    String when = TIME.format(visit.startsAt().atZone(visit.zone()));
    Object[] args = {visit.centre(), when, visit.consultant()};
    if (visitor.email() != null && mail.getIfAvailable() != null) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(visitor.email());
      message.setSubject(text("appointment.mail." + kind + ".subject", visitor.locale(), args));
      message.setText(text("appointment.mail." + kind + ".body", visitor.locale(), args));
      try {
        mail.getIfAvailable().send(message);
      } catch (MailException e) {
        log.warn("Appointment {} {} not mailed: {}", id, kind, e.getMessage());
      }
    }
    if (visitor.phone() != null) {
      try {
        SmsReceipt receipt =
            sms.send(
                new SmsMessage(
                    visitor.phone(),
                    text("appointment.sms." + kind, visitor.locale(), args),
                    id.toString()));
        if (!receipt.accepted()) {
          log.warn("Appointment {} {} SMS refused: {}", id, kind, receipt.failure());
        }
      } catch (IllegalArgumentException notSendable) {
        log.warn("Appointment {} {} SMS not sent: {}", id, kind, notSendable.getMessage());
      }
    }
  }

  private Visitor visitor(Visit visit) {
    String email = null;
    String phone = null;
    Locale locale = null;
    if (visit.customerId() != null) {
      CustomerId customer = new CustomerId(visit.customerId());
      email = customers.primaryEmail(customer).orElse(null);
      phone = customers.primaryPhone(customer).orElse(null);
      locale = customers.language(customer);
    }
    if (visit.leadId() != null) {
      Optional<LeadFacts.Lead> lead = leads.find(visit.leadId());
      if (lead.isPresent()) {
        email = lead.get().email() != null ? lead.get().email() : email;
        phone = lead.get().phone() != null ? lead.get().phone() : phone;
        if (locale == null) {
          locale = chinese(lead.get().name()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
      }
    }
    return new Visitor(email, phone, locale == null ? Locale.ENGLISH : locale);
  }

  /** A lead has no language of its own: a name in Chinese characters is read as Chinese. */
  private static boolean chinese(String name) {
    return name != null
        && name.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
