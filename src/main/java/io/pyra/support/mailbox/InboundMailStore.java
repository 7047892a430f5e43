package io.pyra.support.mailbox;

import io.pyra.customer.CustomerId;
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

/**
 * The rows of {@code support_inbound_mail} and {@code support_inbound_attachment}. A mail is
 * inserted only when its Message-ID is not stored yet ({@code on conflict do nothing}), so a mail
 * read twice (a crash before it was marked seen, two polls at once) is stored once.
 */
@Component
class InboundMailStore {

  static final String COLUMNS =
      """
      m.id, m.message_id, m.in_reply_to, m.reference_ids, m.from_address, m.from_name, m.to_addresses,
      m.subject, m.body_text, m.received_at, m.size_bytes, m.status, m.reason, m.customer_id, m.reference_id
      """;

  private static final String INSERT =
      """
      insert into support_inbound_mail (id, message_id, in_reply_to, reference_ids, from_address, from_name,
        to_addresses, subject, body_text, received_at, stored_at, size_bytes, status, reason, route_pending,
        route_attempts)
      values (:id, :messageId, :inReplyTo, :references, :fromAddress, :fromName, :to, :subject, :text,
        :receivedAt, :storedAt, :size, :status, :reason, :pending, 0)
      on conflict do nothing""";

  private final JdbcClient jdbc;

  InboundMailStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a parsed mail as NEW, waiting for the routers; false when it was stored before. */
  boolean storeParsed(MailHeaders headers, long size, MailBody body, Instant now) {
    UUID id = Ids.newId();
    if (insert(id, headers, size, body.text(), InboundMailStatus.NEW, null, true, now) == 0) {
      return false;
    }
    int position = 0;
    for (MailBody.Attachment attachment : body.attachments()) {
      jdbc.sql(
              """
              insert into support_inbound_attachment (id, mail_id, position, file_name, content_type, size_bytes, content)
              values (:id, :mail, :position, :name, :type, :size, :content)""")
          .param("id", Ids.newId())
          .param("mail", id)
          .param("position", position++)
          .param("name", attachment.fileName())
          .param("type", attachment.contentType())
          .param("size", attachment.size())
          .param("content", attachment.content())
          .update();
    }
    return true;
  }

  /** Stores a mail that was not parsed as QUARANTINED; false when it was stored before. */
  boolean storeQuarantined(MailHeaders headers, long size, String reason, Instant now) {
    return insert(
            Ids.newId(), headers, size, null, InboundMailStatus.QUARANTINED, reason, false, now)
        > 0;
  }

  private int insert(
      UUID id,
      MailHeaders headers,
      long size,
      String text,
      InboundMailStatus status,
      String reason,
      boolean pending,
      Instant now) {
    return jdbc.sql(INSERT)
        .param("id", id)
        .param("messageId", headers.messageId())
        .param("inReplyTo", headers.inReplyTo())
        .param("references", MailHeaders.joined(headers.references()))
        .param("fromAddress", headers.fromAddress())
        .param("fromName", headers.fromName())
        .param("to", headers.to())
        .param("subject", headers.subject())
        .param("text", text)
        .param("receivedAt", SqlTime.utc(headers.receivedAt()))
        .param("storedAt", SqlTime.utc(now))
        .param("size", size)
        .param("status", status.name())
        .param("reason", reason)
        .param("pending", pending)
        .update();
  }

  /** The status of the mail stored under this Message-ID, if any. */
  Optional<InboundMailStatus> statusOf(String messageId) {
    return jdbc.sql("select status from support_inbound_mail where message_id = :id")
        .param("id", messageId)
        .query(String.class)
        .optional()
        .map(InboundMailStatus::valueOf);
  }

  Optional<InboundMail> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from support_inbound_mail m where m.id = :id")
        .param("id", id)
        .query((rs, n) -> row(rs, List.of()))
        .optional()
        .map(this::withAttachments);
  }

  /** The mail still waiting for the routers, locked for this transaction. */
  Optional<InboundMail> lockPending(UUID id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from support_inbound_mail m where m.id = :id and m.route_pending = true for update")
        .param("id", id)
        .query((rs, n) -> row(rs, List.of()))
        .optional()
        .map(this::withAttachments);
  }

  private InboundMail withAttachments(InboundMail mail) {
    return new InboundMail(
        mail.id(),
        mail.messageId(),
        mail.inReplyTo(),
        mail.references(),
        mail.fromAddress(),
        mail.fromName(),
        mail.to(),
        mail.subject(),
        mail.text(),
        mail.receivedAt(),
        mail.size(),
        mail.status(),
        mail.reason(),
        mail.customerId(),
        mail.reference(),
        attachments(mail.id().value()));
  }

  List<InboundAttachment> attachments(UUID mailId) {
    return jdbc.sql(
            """
            select position, file_name, content_type, size_bytes, content is not null
              from support_inbound_attachment where mail_id = :mail order by position""")
        .param("mail", mailId)
        .query(
            (rs, n) ->
                new InboundAttachment(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getBoolean(5)))
        .list();
  }

  Optional<byte[]> attachmentContent(UUID mailId, int position) {
    return jdbc.sql(
            """
            select content from support_inbound_attachment
             where mail_id = :mail and position = :position and content is not null""")
        .param("mail", mailId)
        .param("position", position)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /** The NEW mails with a customer, routed already, oldest first. */
  List<InboundMail> waiting(int limit) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + """
                 from support_inbound_mail m
                 where m.status = 'NEW' and m.route_pending = false and m.customer_id is not null
                 order by m.received_at, m.id limit :limit""")
        .param("limit", limit)
        .query((rs, n) -> row(rs, List.of()))
        .list()
        .stream()
        .map(this::withAttachments)
        .toList();
  }

  /** The mails stored but not yet routed, oldest first. */
  List<UUID> pendingRouting(int limit) {
    return jdbc.sql(
            """
            select id from support_inbound_mail where route_pending = true
             order by stored_at, id limit :limit""")
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** Counts one more routing attempt of a pending mail; answers how many it has had, or -1. */
  int countAttempt(UUID id) {
    int counted =
        jdbc.sql(
                """
                update support_inbound_mail set route_attempts = route_attempts + 1
                 where id = :id and route_pending = true""")
            .param("id", id)
            .update();
    if (counted == 0) {
      return -1;
    }
    return jdbc.sql("select route_attempts from support_inbound_mail where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  /** Ends the routing of a pending mail with its outcome. */
  void decide(
      UUID id,
      InboundMailStatus status,
      String reason,
      CustomerId customerId,
      MailReference reference) {
    jdbc.sql(
            """
            update support_inbound_mail set status = :status, reason = :reason, customer_id = :customer,
                   reference_id = :reference, route_pending = false
             where id = :id and route_pending = true""")
        .param("id", id)
        .param("status", status.name())
        .param("reason", reason)
        .param("customer", customerId == null ? null : customerId.value())
        .param("reference", reference == null ? null : reference.value())
        .update();
  }

  /** Moves a mail in {@code from} to ROUTED onto {@code reference}; false when it was not there. */
  boolean route(UUID id, List<InboundMailStatus> from, MailReference reference) {
    return jdbc.sql(
                """
                update support_inbound_mail set status = 'ROUTED', reference_id = :reference, route_pending = false
                 where id = :id and status in (:from) and route_pending = false""")
            .param("id", id)
            .param("reference", reference.value())
            .param("from", from.stream().map(Enum::name).toList())
            .update()
        > 0;
  }

  /** Discards a mail in triage; false when it is not in triage. */
  boolean discard(UUID id, UUID userId, Instant now) {
    return jdbc.sql(
                """
                update support_inbound_mail set status = 'DISCARDED', decided_by = :user, decided_at = :now
                 where id = :id and status = 'TRIAGE'""")
            .param("id", id)
            .param("user", userId)
            .param("now", SqlTime.utc(now))
            .update()
        > 0;
  }

  /** Hands a mail in triage to a customer: NEW with the customer; false when not in triage. */
  boolean assign(UUID id, CustomerId customer, UUID userId, Instant now) {
    return jdbc.sql(
                """
                update support_inbound_mail set status = 'NEW', customer_id = :customer, decided_by = :user,
                       decided_at = :now
                 where id = :id and status = 'TRIAGE'""")
            .param("id", id)
            .param("customer", customer.value())
            .param("user", userId)
            .param("now", SqlTime.utc(now))
            .update()
        > 0;
  }

  static InboundMail row(ResultSet rs, List<InboundAttachment> attachments) throws SQLException {
    String references = rs.getString(4);
    UUID customer = rs.getObject(14, UUID.class);
    return new InboundMail(
        new InboundMailId(rs.getObject(1, UUID.class)),
        rs.getString(2),
        rs.getString(3),
        references == null || references.isBlank()
            ? List.of()
            : Arrays.asList(references.split(" ")),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        SqlTime.instant(rs.getObject(10, OffsetDateTime.class)),
        rs.getLong(11),
        InboundMailStatus.valueOf(rs.getString(12)),
        rs.getString(13),
        customer == null ? null : new CustomerId(customer),
        MailReference.ofNullable(rs.getObject(15, UUID.class)),
        attachments);
  }
}
