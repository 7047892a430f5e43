package io.pyra.support.mailbox;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code support_outbound_mail}: every support mail sent or tried. */
@Component
class OutboundMailLog {

  private static final String SENT_COLUMNS =
      """
      message_id, reference_id, to_address, subject, status, reason, attempts, created_at, sent_at,
      next_attempt_at""";

  /** A failed mail to try again, as it was first given. */
  record Pending(UUID id, String messageId, int attempts, OutboundMail mail) {}

  private final JdbcClient jdbc;

  OutboundMailLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(
      String messageId, OutboundMail mail, String failure, Instant nextAttempt, Instant now) {
    jdbc.sql(
            """
            insert into support_outbound_mail (id, message_id, reference_id, to_address, subject, body_text,
              body_html, in_reply_to, reference_ids, status, reason, attempts, next_attempt_at, created_at, sent_at)
            values (:id, :messageId, :reference, :to, :subject, :text, :html, :inReplyTo, :references, :status,
              :reason, 1, :next, :now, :sentAt)""")
        .param("id", Ids.newId())
        .param("messageId", messageId)
        .param("reference", mail.reference() == null ? null : mail.reference().value())
        .param("to", MailHeaders.cut(mail.to(), MailHeaders.MAX_ADDRESS))
        .param("subject", mail.subject())
        .param("text", mail.text())
        .param("html", mail.html())
        .param("inReplyTo", MailHeaders.cut(mail.inReplyTo(), MailHeaders.MAX_ID))
        .param("references", MailHeaders.joined(mail.references()))
        .param("status", failure == null ? SentMail.SENT : SentMail.FAILED)
        .param("reason", failure)
        .param("next", nextAttempt == null ? null : SqlTime.utc(nextAttempt))
        .param("now", SqlTime.utc(now))
        .param("sentAt", failure == null ? SqlTime.utc(now) : null)
        .update();
  }

  /** The failed mails whose next attempt is due by {@code now}. */
  List<UUID> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select id from support_outbound_mail where next_attempt_at <= :now
             order by next_attempt_at, id limit :limit""")
        .param("now", SqlTime.utc(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** Takes a due mail for one more attempt (no other run can then); empty when taken meanwhile. */
  Optional<Pending> claim(UUID id, Instant now) {
    Optional<Pending> pending =
        jdbc.sql(
                """
                select id, message_id, attempts, to_address, subject, body_text, body_html, in_reply_to,
                       reference_ids, reference_id
                  from support_outbound_mail where id = :id and next_attempt_at <= :now""")
            .param("id", id)
            .param("now", SqlTime.utc(now))
            .query(OutboundMailLog::pending)
            .optional();
    if (pending.isEmpty()) {
      return pending;
    }
    int claimed =
        jdbc.sql(
                """
                update support_outbound_mail set next_attempt_at = null
                 where id = :id and attempts = :attempts and next_attempt_at is not null""")
            .param("id", id)
            .param("attempts", pending.get().attempts())
            .update();
    return claimed == 0 ? Optional.empty() : pending;
  }

  void attempted(UUID id, int attempts, String failure, Instant nextAttempt, Instant now) {
    jdbc.sql(
            """
            update support_outbound_mail set attempts = :attempts, status = :status, reason = :reason,
                   next_attempt_at = :next, sent_at = :sentAt
             where id = :id""")
        .param("id", id)
        .param("attempts", attempts)
        .param("status", failure == null ? SentMail.SENT : SentMail.FAILED)
        .param("reason", failure)
        .param("next", nextAttempt == null ? null : SqlTime.utc(nextAttempt))
        .param("sentAt", failure == null ? SqlTime.utc(now) : null)
        .update();
  }

  List<SentMail> sentFor(MailReference reference) {
    return jdbc.sql(
            "select "
                + SENT_COLUMNS
                + " from support_outbound_mail where reference_id = :reference order by created_at, id")
        .param("reference", reference.value())
        .query(OutboundMailLog::sent)
        .list();
  }

  Optional<SentMail> byMessageId(String messageId) {
    return jdbc.sql(
            "select " + SENT_COLUMNS + " from support_outbound_mail where message_id = :messageId")
        .param("messageId", messageId)
        .query(OutboundMailLog::sent)
        .optional();
  }

  private static SentMail sent(ResultSet rs, int n) throws SQLException {
    return new SentMail(
        rs.getString(1),
        MailReference.ofNullable(rs.getObject(2, UUID.class)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        SqlTime.instant(rs.getObject(8, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(9, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(10, OffsetDateTime.class)));
  }

  private static Pending pending(ResultSet rs, int n) throws SQLException {
    String references = rs.getString(9);
    return new Pending(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getInt(3),
        new OutboundMail(
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            references == null || references.isBlank()
                ? List.of()
                : Arrays.asList(references.split(" ")),
            MailReference.ofNullable(rs.getObject(10, UUID.class))));
  }
}
