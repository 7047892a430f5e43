package io.pyra.marketing.mailing;

import io.pyra.customer.CustomerApi;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved audiences: listed, read, recorded, changed (with the version read) and removed (unless a
 * campaign or mailing uses them) by the user whose reach covers them. The customer filter is
 * checked by the customer module when saved and evaluated by it, with the reach of whoever uses the
 * audience, when used.
 */
@Service
@Transactional
public class SavedAudiences {

  public static final String RECORD_TYPE = "audience";
  public static final int NAME_MAX = 200;
  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select a.id, a.name, a.customers, a.filter_query, a.lead_campaign_id, a.owner_id, a.org_unit_id,
             a.version, a.created_at, a.updated_at
        from marketing_audience a
       where\s""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("audience", String.class, UUID.class)
          .refusedWith("audience.cursor.invalid");

  private final JdbcClient jdbc;
  private final MailingAccess access;
  private final CustomerApi customers;

  SavedAudiences(JdbcClient jdbc, MailingAccess access, CustomerApi customers) {
    this.jdbc = jdbc;
    this.access = access;
    this.customers = customers;
  }

  /** The audiences the user may see, by name, at most {@value #MAX_LIMIT} a page. */
  @Transactional(readOnly = true)
  public Slice<AudienceRow> list(String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where =
        new Where().and(access.condition(MailingAccess.READ, "a.owner_id", "a.org_unit_id"));
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      if (after.string(0) == null || after.uuid(1) == null) {
        throw CURSOR.refusal();
      }
      where.and(
          "(a.name > :afterName or (a.name = :afterName and a.id > :afterId))",
          "afterName",
          after.string(0));
      where.param("afterId", after.uuid(1));
    }
    where.param("limit", size + 1);
    List<AudienceRow> rows =
        where
            .query(jdbc, SELECT, "order by a.name, a.id limit :limit")
            .query(SavedAudiences::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.name(), last.id()));
  }

  /** One audience the user may see. */
  @Transactional(readOnly = true)
  public Optional<AudienceRow> find(UUID id) {
    return new Where()
        .and("a.id = :id", "id", id)
        .and(access.condition(MailingAccess.READ, "a.owner_id", "a.org_unit_id"))
        .query(jdbc, SELECT)
        .query(SavedAudiences::row)
        .optional();
  }

  public AudienceRow get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public AudienceRow create(SaveAudience command) {
    if (!access.has(MailingAccess.WRITE_AUDIENCE)) {
      throw new AccessRefusedException("may not record audiences");
    }
    String name = check(command);
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into marketing_audience (id, name, customers, filter_query, lead_campaign_id, owner_id,
              org_unit_id, version, created_at, updated_at)
            values (:id, :name, :customers, :filter, :campaign, :owner, :unit, 0, :now, :now)""")
        .param("id", id)
        .param("name", name)
        .param("customers", command.customers())
        .param("filter", filter(command))
        .param("campaign", command.leadCampaignId())
        .param("owner", access.me())
        .param("unit", access.myOrgUnit())
        .param("now", SqlTime.utc(now))
        .update();
    return get(id);
  }

  public AudienceRow update(UUID id, long version, SaveAudience command) {
    AudienceRow audience = writable(id);
    String name = check(command);
    int updated =
        jdbc.sql(
                """
                update marketing_audience set name = :name, customers = :customers, filter_query = :filter,
                  lead_campaign_id = :campaign, version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .param("id", id)
            .param("version", version)
            .param("name", name)
            .param("customers", command.customers())
            .param("filter", filter(command))
            .param("campaign", command.leadCampaignId())
            .param("now", SqlTime.utc(Instant.now()))
            .update();
    if (updated == 0) {
      throw new StaleVersionException(RECORD_TYPE, version, audience.version());
    }
    return get(id);
  }

  public void delete(UUID id, long version) {
    AudienceRow audience = writable(id);
    if (audience.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, audience.version());
    }
    long uses =
        jdbc.sql(
                """
                select (select count(*) from marketing_mailing where audience_id = :id)
                     + (select count(*) from marketing_campaign where audience_id = :id)""")
            .param("id", id)
            .query(Long.class)
            .single();
    if (uses > 0) {
      throw new BusinessRuleException("audience", "in-use", "audience.in-use");
    }
    jdbc.sql("delete from marketing_audience where id = :id").param("id", id).update();
  }

  /** The audience for a change: not found beyond the read reach, refused beyond the write reach. */
  public AudienceRow writable(UUID id) {
    AudienceRow audience = get(id);
    access.require(
        MailingAccess.WRITE_AUDIENCE, RECORD_TYPE, id, audience.ownerId(), audience.orgUnitId());
    return audience;
  }

  private String check(SaveAudience command) {
    List<RuleViolation> violations = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "audience.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "size", "validation.size", "name", 1, NAME_MAX));
    }
    if (!command.customers() && command.leadCampaignId() == null) {
      violations.add(new RuleViolation("customers", "required", "audience.nobody"));
    }
    if (command.leadCampaignId() != null && !campaignVisible(command.leadCampaignId())) {
      violations.add(new RuleViolation("leadCampaignId", "unknown", "audience.campaign.unknown"));
    }
    if (command.customers()) {
      try {
        customers.checkFilter(filter(command));
      } catch (BusinessRuleException e) {
        violations.add(new RuleViolation("filterQuery", "invalid", "audience.filter.invalid"));
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return name;
  }

  private static String filter(SaveAudience command) {
    if (!command.customers() || command.filterQuery() == null) {
      return null;
    }
    // the whole address of a /customers page may be pasted: its query parameters are the filter
    String filter = command.filterQuery().strip();
    int question = filter.indexOf('?');
    return question < 0 ? filter : filter.substring(question + 1);
  }

  boolean campaignVisible(UUID campaignId) {
    return new Where()
            .and("m.id = :campaignId", "campaignId", campaignId)
            .and(access.condition(MailingAccess.READ, "m.owner_id", "m.org_unit_id"))
            .query(jdbc, "select count(*) from marketing_campaign m where ")
            .query(Long.class)
            .single()
        > 0;
  }

  static AudienceRow row(ResultSet rs, int n) throws SQLException {
    return new AudienceRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getBoolean(3),
        rs.getString(4),
        rs.getObject(5, UUID.class),
        rs.getObject(6, UUID.class),
        rs.getObject(7, UUID.class),
        rs.getLong(8),
        SqlTime.instant(rs.getObject(9, java.time.OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(10, java.time.OffsetDateTime.class)));
  }
}
