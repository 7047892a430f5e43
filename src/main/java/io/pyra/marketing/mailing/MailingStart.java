package io.pyra.marketing.mailing;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and cancels mailings. A start takes the audience as the user reaches it at that moment and
 * writes one row per person with the state they start in (pending, or skipped for no consent or no
 * address), all in one transaction with the move to SENDING; the scheduled passes ({@link
 * MailingSender}) then send the pending ones. A cancel leaves what was sent and cancels the rest.
 */
@Service
@Transactional
public class MailingStart {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Mailings mailings;
  private final SavedAudiences audiences;
  private final AudiencePeople people;
  private final MailingAudit audit;

  MailingStart(
      JdbcClient jdbc,
      JdbcTemplate batch,
      Mailings mailings,
      SavedAudiences audiences,
      AudiencePeople people,
      MailingAudit audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.batch = batch;
    this.mailings = mailings;
    this.audiences = audiences;
    this.people = people;
  }

  public MailingRow start(UUID id) {
    MailingRow mailing = mailings.sendable(id);
    List<Candidate> candidates = people.of(audiences.get(mailing.audienceId()), mailing.language());
    OffsetDateTime now = SqlTime.utc(Instant.now());
    int moved =
        jdbc.sql(
                """
                update marketing_mailing set status = 'SENDING', started_at = :now, updated_at = :now,
                  version = version + 1
                 where id = :id and status = 'DRAFT'""")
            .param("id", id)
            .param("now", now)
            .update();
    if (moved == 0) {
      throw new BusinessRuleException("status", "transition", "mailing.status.not-draft");
    }
    batch.batchUpdate(
        """
        insert into marketing_mailing_recipient (id, mailing_id, kind, person_id, name, address, language,
          state, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        candidates,
        500,
        (ps, c) -> {
          ps.setObject(1, Ids.newId());
          ps.setObject(2, id);
          ps.setString(3, c.kind().name());
          ps.setObject(4, c.personId());
          ps.setString(5, cut(c.name(), 300));
          ps.setString(6, c.address(mailing.channel()));
          ps.setString(7, c.language());
          ps.setString(8, c.state(mailing.channel()).name());
          ps.setObject(9, now);
        });
    return logged(mailing);
  }

  public MailingRow cancel(UUID id) {
    MailingRow mailing = mailings.sendable(id);
    OffsetDateTime now = SqlTime.utc(Instant.now());
    int moved =
        jdbc.sql(
                """
                update marketing_mailing set status = 'CANCELLED', finished_at = :now, updated_at = :now,
                  version = version + 1
                 where id = :id and status in ('DRAFT', 'SENDING')""")
            .param("id", id)
            .param("now", now)
            .update();
    if (moved == 0) {
      throw new BusinessRuleException("status", "transition", "mailing.status.finished");
    }
    jdbc.sql(
            """
            update marketing_mailing_recipient set state = 'CANCELLED', updated_at = :now
             where mailing_id = :id and state = 'PENDING'""")
        .param("id", id)
        .param("now", now)
        .update();
    return logged(mailing);
  }

  private MailingRow logged(MailingRow before) {
    MailingRow after = mailings.get(before.id());
    audit.updated(before, after);
    return after;
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
