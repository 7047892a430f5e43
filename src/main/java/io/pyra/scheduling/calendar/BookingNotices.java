package io.pyra.scheduling.calendar;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserContact;
import io.pyra.identity.UserId;
import io.pyra.platform.SqlTime;
import io.pyra.scheduling.calendar.BookingParticipants.Recipient;
import io.pyra.scheduling.calendar.Invitations.Person;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirmation notices of bookings: when one is made, changed or cancelled, everyone involved — the
 * booker, the instructors it holds, the technicians of its centre (and below), and whom the {@link
 * BookingParticipants} name — gets an e-mail in their language with the invitation (REQUEST) or its
 * cancellation (CANCEL) attached; a customer enrolled later gets the invitation alone. The {@link
 * DueNotices} say what is due and {@link NoticeRun} asks for it. Each mail is claimed in {@code
 * scheduling_notice} (booking, SEQUENCE, address) in a transaction of its own before it goes out,
 * so a notice told again mails nobody twice; a mail that fails gives its claim back, and the notice
 * is told again later.
 */
@Component
class BookingNotices {

  static final String TECHNICIAN = "TECHNICIAN";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcClient jdbc;
  private final BookingFactsReader bookings;
  private final IdentityApi identity;
  private final InvitationMail mail;
  private final MessageSource messages;
  private final ObjectProvider<BookingParticipants> participants;
  private final TransactionTemplate own;

  BookingNotices(
      JdbcClient jdbc,
      BookingFactsReader bookings,
      IdentityApi identity,
      InvitationMail mail,
      MessageSource messages,
      ObjectProvider<BookingParticipants> participants,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.bookings = bookings;
    this.identity = identity;
    this.mail = mail;
    this.messages = messages;
    this.participants = participants;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Tells everyone involved of the booking at {@code sequence}: {@code what} it was (made, changed,
   * cancelled) or, for {@code enrolled}, the invitation to those not yet mailed at that sequence
   * (nothing once the booking moved on or was cancelled: a later notice tells them). Whether nobody
   * is left to mail: false when a mail failed, and telling again mails only those.
   */
  /** Whether notices are mailed at all (a mail server is configured). */
  boolean mailing() {
    return mail.available();
  }

  boolean tell(UUID bookingId, int sequence, String what) {
    if (!mail.available()) {
      return true;
    }
    BookingFacts found = bookings.find(bookingId).orElse(null);
    if (found == null) {
      return true;
    }
    if (DueNotices.ENROLLED.equals(what) && (found.cancelled() || found.sequence() != sequence)) {
      return true;
    }
    boolean cancel = DueNotices.CANCELLED.equals(what);
    BookingFacts booking =
        new BookingFacts(
            found.id(),
            found.icalUid(),
            sequence,
            found.title(),
            found.note(),
            found.startsAt(),
            found.endsAt(),
            cancel,
            found.orgUnitId(),
            found.location(),
            found.bookedBy(),
            found.instructors());
    Map<String, Recipient> recipients = recipients(booking);
    Person organizer =
        booking.bookedBy() == null
            ? null
            : identity
                .contact(new UserId(booking.bookedBy()))
                .map(c -> new Person(c.displayName(), c.email()))
                .orElse(null);
    List<Person> attendees =
        recipients.values().stream().map(r -> new Person(r.name(), r.email())).toList();
    String ics = Invitations.invitation(booking, organizer, attendees);
    String method = cancel ? "CANCEL" : "REQUEST";
    int failed = 0;
    for (Map.Entry<String, Recipient> entry : recipients.entrySet()) {
      if (!claim(bookingId, sequence, entry.getKey(), method)) {
        continue;
      }
      Recipient to = entry.getValue();
      Object[] args = {
        booking.title(),
        WHEN.format(booking.startsAt().atZone(to.zone())),
        WHEN.format(booking.endsAt().atZone(to.zone())),
        booking.location(),
        to.zone().getId()
      };
      String subject = text("schedulingcalendar.notice." + what + ".subject", to.locale(), args);
      String body = text("schedulingcalendar.notice." + what + ".body", to.locale(), args);
      if (!mail.send(to.email(), subject, body, ics, method)) {
        release(bookingId, sequence, entry.getKey());
        failed++;
      }
    }
    return failed == 0;
  }

  /** Booker first, then instructors, technicians and other participants; one per address. */
  private Map<String, Recipient> recipients(BookingFacts booking) {
    List<UserId> users = new ArrayList<>();
    if (booking.bookedBy() != null) {
      users.add(new UserId(booking.bookedBy()));
    }
    booking.instructors().forEach(id -> users.add(new UserId(id)));
    users.addAll(identity.activeUsersWithRole(TECHNICIAN, new OrgUnitId(booking.orgUnitId())));
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    Map<UserId, UserContact> contacts = identity.contacts(users);
    for (UserId user : users) {
      Optional.ofNullable(contacts.get(user)).ifPresent(c -> add(recipients, recipient(c)));
    }
    participants
        .orderedStream()
        .forEach(p -> p.recipients(booking.id()).forEach(r -> add(recipients, r)));
    return recipients;
  }

  private static Recipient recipient(UserContact contact) {
    Locale locale =
        contact.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(contact.locale());
    return new Recipient(contact.displayName(), contact.email(), locale, contact.timeZone());
  }

  private static void add(Map<String, Recipient> recipients, Recipient recipient) {
    if (recipient.email() != null && !recipient.email().isBlank()) {
      recipients.putIfAbsent(recipient.email().strip().toLowerCase(Locale.ROOT), recipient);
    }
  }

  private boolean claim(UUID bookingId, int sequence, String recipient, String method) {
    try {
      own.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
                      insert into scheduling_notice (booking_id, sequence, recipient, method, sent_at)
                      values (:booking, :sequence, :recipient, :method, :now)""")
                  .param("booking", bookingId)
                  .param("sequence", sequence)
                  .param("recipient", recipient)
                  .param("method", method)
                  .param("now", SqlTime.utc(Instant.now()))
                  .update());
      return true;
    } catch (DuplicateKeyException mailedAlready) {
      return false;
    }
  }

  private void release(UUID bookingId, int sequence, String recipient) {
    own.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    delete from scheduling_notice
                     where booking_id = :booking and sequence = :sequence and recipient = :recipient""")
                .param("booking", bookingId)
                .param("sequence", sequence)
                .param("recipient", recipient)
                .update());
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
