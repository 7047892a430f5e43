package io.pyra.marketing.mailing;

import io.pyra.marketing.mailing.CampaignCounters.Kind;
import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sending pass over the mailings being sent: at most {@code pyra.marketing.mailing.per-minute}
 * messages (the schedule runs a pass a minute), oldest mailing first. Each recipient is claimed
 * (PENDING → SENDING, committed) before its message goes out and recorded (SENT or FAILED, with the
 * campaign's counter) right after, so a crash between the two never sends twice: a claim older than
 * {@link #INTERRUPTED} is recorded FAILED ("interrupted") by a later pass. A mailing with nobody
 * left to send is SENT.
 */
@Component
public class MailingSender {

  static final Duration INTERRUPTED = Duration.ofMinutes(15);

  /** A claimed recipient with what their message needs. */
  record Claim(
      UUID id,
      UUID mailingId,
      PersonKind kind,
      UUID personId,
      String name,
      String address,
      String language,
      MailingChannel channel,
      String subject,
      String body,
      String mailingLanguage,
      UUID campaignId) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final MailingMessages messages;
  private final CampaignCounters counters;
  private final int perPass;

  MailingSender(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      MailingMessages messages,
      CampaignCounters counters,
      @Value("${pyra.marketing.mailing.per-minute:60}") int perPass) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.messages = messages;
    this.counters = counters;
    this.perPass = Math.max(1, perPass);
  }

  /** Runs one pass; answers how many messages it handed over (sent or failed). */
  public int pass() {
    OffsetDateTime now = SqlTime.utc(Instant.now());
    jdbc.sql(
            """
            update marketing_mailing_recipient set state = 'FAILED', failure = 'interrupted', updated_at = :now
             where state = 'SENDING' and updated_at < :before""")
        .param("now", now)
        .param("before", SqlTime.utc(Instant.now().minus(INTERRUPTED)))
        .update();
    List<Claim> due =
        jdbc.sql(
                """
                select r.id, r.mailing_id, r.kind, r.person_id, r.name, r.address, r.language, g.channel,
                       g.subject, g.body, g.language, g.campaign_id
                  from marketing_mailing g
                  join marketing_mailing_recipient r on r.mailing_id = g.id and r.state = 'PENDING'
                 where g.status = 'SENDING'
                 order by g.started_at, g.id, r.id
                 limit :limit""")
            .param("limit", perPass)
            .query(
                (rs, n) ->
                    new Claim(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        PersonKind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        MailingChannel.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getObject(12, UUID.class)))
            .list();
    int handed = 0;
    for (Claim claim : due) {
      if (claim(claim)) {
        record(claim, messages.send(claim));
        handed++;
      }
    }
    finishDone();
    return handed;
  }

  private boolean claim(Claim claim) {
    return jdbc.sql(
                """
                update marketing_mailing_recipient set state = 'SENDING', updated_at = :now
                 where id = :id and state = 'PENDING'""")
            .param("id", claim.id())
            .param("now", SqlTime.utc(Instant.now()))
            .update()
        == 1;
  }

  private void record(Claim claim, MailingMessages.Outcome outcome) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
                  update marketing_mailing_recipient set state = :state, message_id = :messageId,
                    failure = :failure, updated_at = :now
                   where id = :id""")
              .param("id", claim.id())
              .param("state", outcome.failure() == null ? "SENT" : "FAILED")
              .param("messageId", outcome.messageId())
              .param("failure", outcome.failure())
              .param("now", SqlTime.utc(Instant.now()))
              .update();
          counters.add(claim.campaignId(), outcome.failure() == null ? Kind.SENT : Kind.FAILED, 1);
        });
  }

  private void finishDone() {
    OffsetDateTime now = SqlTime.utc(Instant.now());
    jdbc.sql(
            """
            update marketing_mailing set status = 'SENT', finished_at = :now, updated_at = :now,
              version = version + 1
             where status = 'SENDING' and not exists (
               select 1 from marketing_mailing_recipient r
                where r.mailing_id = marketing_mailing.id and r.state in ('PENDING', 'SENDING'))""")
        .param("now", now)
        .update();
  }
}
