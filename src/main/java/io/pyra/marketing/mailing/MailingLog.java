package io.pyra.marketing.mailing;

import io.pyra.marketing.mailing.CampaignCounters.Kind;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mailing's per-recipient log (paged by a cursor, at most {@value #MAX_LIMIT} a page), and
 * bounces reported after the fact: the mail server's or gateway's report names the Message-ID a
 * message went out under ({@code POST /api/v1/mailings/bounces}), and its recipient becomes BOUNCED
 * and counts for the campaign. Pyra reads no DSN mailbox for mailings.
 */
@Service
@Transactional
public class MailingLog {

  public static final int MAX_LIMIT = 200;

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("recipient", UUID.class).refusedWith("mailing.cursor.invalid");

  private static final String SELECT =
      """
      select r.id, r.kind, r.person_id, r.name, r.address, r.state, r.message_id, r.failure,
             r.updated_at, r.unsubscribed_at
        from marketing_mailing_recipient r where\s""";

  private final JdbcClient jdbc;
  private final Mailings mailings;
  private final CampaignCounters counters;

  MailingLog(JdbcClient jdbc, Mailings mailings, CampaignCounters counters) {
    this.jdbc = jdbc;
    this.mailings = mailings;
    this.counters = counters;
  }

  /** The recipients of a mailing the user may see, in a fixed order, optionally of one state. */
  @Transactional(readOnly = true)
  public Slice<RecipientRow> recipients(
      UUID mailingId, RecipientState state, String cursor, int limit) {
    mailings.get(mailingId);
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where().and("r.mailing_id = :mailingId", "mailingId", mailingId);
    if (state != null) {
      where.and("r.state = :state", "state", state.name());
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      if (after.uuid(0) == null) {
        throw CURSOR.refusal();
      }
      where.and("r.id > :afterId", "afterId", after.uuid(0));
    }
    where.param("limit", size + 1);
    List<RecipientRow> rows =
        where.query(jdbc, SELECT, "order by r.id limit :limit").query(MailingLog::row).list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.id()));
  }

  /**
   * Records that the message sent under {@code messageId} bounced ({@code reason} ≤ 500): not found
   * when no sent message of a mailing the user may send has that id; a second report changes
   * nothing.
   */
  public RecipientRow bounce(String messageId, String reason) {
    record Found(UUID id, UUID mailingId, String state) {}
    Found found =
        jdbc.sql(
                """
                select id, mailing_id, state from marketing_mailing_recipient
                 where message_id = :messageId""")
            .param("messageId", messageId == null ? "" : messageId.strip())
            .query(
                (rs, n) ->
                    new Found(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("message", messageId));
    MailingRow mailing = mailings.sendable(found.mailingId());
    if (found.state().equals(RecipientState.SENT.name())) {
      jdbc.sql(
              """
              update marketing_mailing_recipient set state = 'BOUNCED', failure = :reason, updated_at = :now
               where id = :id and state = 'SENT'""")
          .param("id", found.id())
          .param("reason", MailingStart.cut(reason, 500))
          .param("now", SqlTime.utc(Instant.now()))
          .update();
      counters.add(mailing.campaignId(), Kind.BOUNCED, 1);
    }
    return new Where()
        .and("r.id = :id", "id", found.id())
        .query(jdbc, SELECT)
        .query(MailingLog::row)
        .single();
  }

  private static RecipientRow row(ResultSet rs, int n) throws SQLException {
    return new RecipientRow(
        rs.getObject(1, UUID.class),
        PersonKind.valueOf(rs.getString(2)),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getString(5),
        RecipientState.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        SqlTime.instant(rs.getObject(9, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(10, OffsetDateTime.class)));
  }
}
