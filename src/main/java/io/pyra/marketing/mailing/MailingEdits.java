package io.pyra.marketing.mailing;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a mailing while it is a draft, by a user with {@code mailing.send} whose reach covers it,
 * with the version the user read: the same rules as a new one (a 422 naming each broken field), a
 * stale version refused, and a mailing that is sending, sent or cancelled refused ({@link
 * MailingNotDraftException}); nothing is written then.
 */
@Service
@Transactional
public class MailingEdits {

  private final JdbcClient jdbc;
  private final Mailings mailings;
  private final MailingAudit audit;

  MailingEdits(JdbcClient jdbc, Mailings mailings, MailingAudit audit) {
    this.jdbc = jdbc;
    this.mailings = mailings;
    this.audit = audit;
  }

  /** The mailing for its edit form: not found beyond the read reach, refused beyond send. */
  @Transactional(readOnly = true)
  public MailingRow editable(UUID id) {
    MailingRow mailing = mailings.sendable(id);
    if (mailing.status() != MailingStatus.DRAFT) {
      throw new MailingNotDraftException();
    }
    return mailing;
  }

  public MailingRow update(UUID id, long version, SaveMailing command) {
    MailingRow before = editable(id);
    if (before.version() != version) {
      throw new StaleVersionException(Mailings.RECORD_TYPE, version, before.version());
    }
    mailings.check(command);
    int changed =
        jdbc.sql(
                """
                update marketing_mailing set campaign_id = :campaign, audience_id = :audience,
                  channel = :channel, language = :language, subject = :subject, body = :body,
                  updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = 'DRAFT'""")
            .param("id", id)
            .param("version", version)
            .param("campaign", command.campaignId())
            .param("audience", command.audienceId())
            .param("channel", command.channel().name())
            .param("language", Mailings.language(command.language()))
            .param("subject", Mailings.subject(command))
            .param("body", command.body().strip())
            .param("now", SqlTime.utc(Instant.now()))
            .update();
    if (changed == 0) {
      // started, cancelled or changed by someone else since it was read
      MailingRow now = mailings.get(id);
      if (now.status() != MailingStatus.DRAFT) {
        throw new MailingNotDraftException();
      }
      throw new StaleVersionException(Mailings.RECORD_TYPE, version, now.version());
    }
    MailingRow after = mailings.get(id);
    audit.updated(before, after);
    return after;
  }
}
