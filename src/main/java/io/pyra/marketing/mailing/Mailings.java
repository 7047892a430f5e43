package io.pyra.marketing.mailing;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailings of a campaign to an audience: written (a 422 naming each broken field, nothing stored;
 * changed while a draft by {@link MailingEdits}), read with their progress, previewed (who would
 * receive it and who is skipped, and why) and started ({@link MailingStart}) or cancelled by a user
 * with {@code mailing.send} whose reach covers them.
 */
@Service
@Transactional
public class Mailings {

  public static final String RECORD_TYPE = "mailing";
  public static final int SUBJECT_MAX = 200;
  public static final int EMAIL_BODY_MAX = 5000;
  public static final int SMS_BODY_MAX = 200;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  static final String SELECT =
      """
      select g.id, g.campaign_id, m.name, g.audience_id, a.name, g.channel, g.language, g.subject, g.body,
             g.status, g.owner_id, g.org_unit_id, g.version, g.created_at, g.started_at, g.finished_at
        from marketing_mailing g
        join marketing_campaign m on m.id = g.campaign_id
        join marketing_audience a on a.id = g.audience_id
       where\s""";

  private final JdbcClient jdbc;
  private final MailingAccess access;
  private final SavedAudiences audiences;
  private final AudiencePeople people;
  private final MailingAudit audit;

  Mailings(
      JdbcClient jdbc,
      MailingAccess access,
      SavedAudiences audiences,
      AudiencePeople people,
      MailingAudit audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.audiences = audiences;
    this.people = people;
    this.audit = audit;
  }

  public MailingRow create(SaveMailing command) {
    if (!access.has(MailingAccess.SEND)) {
      throw new AccessRefusedException("may not write mailings");
    }
    check(command);
    UUID id = Ids.newId();
    OffsetDateTime now = SqlTime.utc(Instant.now());
    jdbc.sql(
            """
            insert into marketing_mailing (id, campaign_id, audience_id, channel, language, subject, body,
              status, owner_id, org_unit_id, version, created_at, updated_at)
            values (:id, :campaign, :audience, :channel, :language, :subject, :body, 'DRAFT', :owner,
              :unit, 0, :now, :now)""")
        .param("id", id)
        .param("campaign", command.campaignId())
        .param("audience", command.audienceId())
        .param("channel", command.channel().name())
        .param("language", language(command.language()))
        .param("subject", subject(command))
        .param("body", command.body().strip())
        .param("owner", access.me())
        .param("unit", access.myOrgUnit())
        .param("now", now)
        .update();
    MailingRow created = get(id);
    audit.created(created);
    return created;
  }

  @Transactional(readOnly = true)
  public Optional<MailingRow> find(UUID id) {
    return new Where()
        .and("g.id = :id", "id", id)
        .and(access.condition(MailingAccess.READ, "g.owner_id", "g.org_unit_id"))
        .query(jdbc, SELECT)
        .query(Mailings::row)
        .optional();
  }

  public MailingRow get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  /**
   * The mailing for sending or cancelling: not found beyond the read reach, refused beyond send.
   */
  public MailingRow sendable(UUID id) {
    MailingRow mailing = get(id);
    access.require(MailingAccess.SEND, RECORD_TYPE, id, mailing.ownerId(), mailing.orgUnitId());
    return mailing;
  }

  /** The latest mailings of a campaign the user may see, at most {@code limit} (≤ 100). */
  @Transactional(readOnly = true)
  public List<MailingRow> ofCampaign(UUID campaignId, int limit) {
    return new Where()
        .and("g.campaign_id = :campaignId", "campaignId", campaignId)
        .and(access.condition(MailingAccess.READ, "g.owner_id", "g.org_unit_id"))
        .param("limit", Math.clamp(limit, 1, 100))
        .query(jdbc, SELECT, "order by g.created_at desc, g.id desc limit :limit")
        .query(Mailings::row)
        .list();
  }

  /** The latest mailings the user may see, at most {@code limit} (≤ 100). */
  @Transactional(readOnly = true)
  public List<MailingRow> latest(int limit) {
    return new Where()
        .and(access.condition(MailingAccess.READ, "g.owner_id", "g.org_unit_id"))
        .param("limit", Math.clamp(limit, 1, 100))
        .query(jdbc, SELECT, "order by g.created_at desc, g.id desc limit :limit")
        .query(Mailings::row)
        .list();
  }

  /** How the recipients stand (after the start), per state. */
  @Transactional(readOnly = true)
  public MailingCounts counts(UUID mailingId) {
    Map<RecipientState, Long> byState = new EnumMap<>(RecipientState.class);
    jdbc.sql(
            """
            select state, count(*) from marketing_mailing_recipient where mailing_id = :id group by state""")
        .param("id", mailingId)
        .query((rs, n) -> byState.put(RecipientState.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    long unsubscribed =
        jdbc.sql(
                """
                select count(*) from marketing_mailing_recipient
                 where mailing_id = :id and unsubscribed_at is not null""")
            .param("id", mailingId)
            .query(Long.class)
            .single();
    return MailingCounts.of(byState, unsubscribed);
  }

  /**
   * Who would receive the mailing were it started now, evaluated with the user's reach: those
   * pending, and those skipped for no consent or no address.
   */
  @Transactional(readOnly = true)
  public MailingCounts preview(MailingRow mailing) {
    Map<RecipientState, Long> byState = new EnumMap<>(RecipientState.class);
    for (Candidate c : people.of(audiences.get(mailing.audienceId()), mailing.language())) {
      byState.merge(c.state(mailing.channel()), 1L, Long::sum);
    }
    return MailingCounts.of(byState, 0);
  }

  void check(SaveMailing command) {
    List<RuleViolation> violations = new ArrayList<>();
    if (command.campaignId() == null || !audiences.campaignVisible(command.campaignId())) {
      violations.add(new RuleViolation("campaignId", "unknown", "mailing.campaign.unknown"));
    }
    if (command.audienceId() == null || audiences.find(command.audienceId()).isEmpty()) {
      violations.add(new RuleViolation("audienceId", "unknown", "mailing.audience.unknown"));
    }
    if (command.channel() == null) {
      violations.add(new RuleViolation("channel", "required", "mailing.channel.required"));
    }
    if (command.language() != null
        && !command.language().isBlank()
        && !List.of("en", "zh-CN").contains(command.language().strip())) {
      violations.add(new RuleViolation("language", "one-of", "mailing.language.unknown"));
    }
    if (command.channel() == MailingChannel.EMAIL) {
      String subject = command.subject() == null ? "" : command.subject().strip();
      if (subject.isEmpty()) {
        violations.add(new RuleViolation("subject", "required", "mailing.subject.required"));
      } else if (subject.length() > SUBJECT_MAX || subject.matches("(?s).*[\\r\\n].*")) {
        violations.add(
            new RuleViolation("subject", "size", "validation.size", "subject", 1, SUBJECT_MAX));
      }
    }
    String body = command.body() == null ? "" : command.body().strip();
    int max = command.channel() == MailingChannel.SMS ? SMS_BODY_MAX : EMAIL_BODY_MAX;
    if (body.isEmpty()) {
      violations.add(new RuleViolation("body", "required", "mailing.body.required"));
    } else if (body.length() > max) {
      violations.add(new RuleViolation("body", "size", "validation.size", "body", 1, max));
    } else {
      Matcher placeholder = PLACEHOLDER.matcher(body);
      while (placeholder.find()) {
        if (!placeholder.group(1).equals("name")) {
          violations.add(
              new RuleViolation(
                  "body", "placeholder", "mailing.body.placeholder", placeholder.group()));
          break;
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  /** The subject as stored: an e-mail's, stripped; none for an SMS. */
  static String subject(SaveMailing command) {
    return command.channel() == MailingChannel.EMAIL ? command.subject().strip() : null;
  }

  static String language(String language) {
    return language == null || language.isBlank() ? "en" : language.strip();
  }

  static MailingRow row(ResultSet rs, int n) throws SQLException {
    return new MailingRow(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        MailingChannel.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        MailingStatus.valueOf(rs.getString(10)),
        rs.getObject(11, UUID.class),
        rs.getObject(12, UUID.class),
        rs.getLong(13),
        SqlTime.instant(rs.getObject(14, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(15, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(16, OffsetDateTime.class)));
  }
}
