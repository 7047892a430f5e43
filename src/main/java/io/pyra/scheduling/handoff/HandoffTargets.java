package io.pyra.scheduling.handoff;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the hand-off targets of whoever holds {@value #PERMISSION}: a target of a centre within
 * their reach, or of every centre for those who reach them all. The bearer token is written here
 * and read only by the delivery; it never comes back out.
 */
@Service
public class HandoffTargets {

  public static final String PERMISSION = "handoff.manage";
  static final String RECORD_TYPE = "handoff target";
  static final int MAX_TARGETS = 200;

  static final String COLUMNS =
      """
      select t.id, t.name, t.org_unit_id, ou.name, t.kind, t.folder, t.url,
             t.bearer_token is not null, t.formats, t.horizon_days, t.schedule_kind,
             t.schedule_every, t.daily_at, t.active, t.next_run_at, t.version, ou.path
        from scheduling_handoff_target t
        left join identity_org_unit_view ou on ou.id = t.org_unit_id
      """;

  record Row(HandoffTarget target, String path) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  HandoffTargets(
      JdbcClient jdbc, CurrentUser currentUser, @Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  /** The targets in the current user's reach, by name (at most {@value #MAX_TARGETS}). */
  @Transactional(readOnly = true)
  public List<HandoffTarget> list() {
    Visibility manage = manage();
    return jdbc
        .sql(COLUMNS + " order by t.name, t.id fetch first 200 rows only")
        .query(HandoffTargets::row)
        .list()
        .stream()
        .filter(row -> reaches(manage, row))
        .map(Row::target)
        .toList();
  }

  /** One target in reach; otherwise not found. */
  @Transactional(readOnly = true)
  public HandoffTarget get(UUID id) {
    return find(id)
        .filter(row -> reaches(manage(), row))
        .map(Row::target)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  @Transactional
  public HandoffTarget create(SaveHandoffTarget command) {
    HandoffTargetRules.Clean clean = HandoffTargetRules.check(command);
    centre(command.orgUnitId());
    if (list().size() >= MAX_TARGETS) {
      throw new BusinessRuleException(
          "name", "max-items", "schedulinghandoff.too-many", MAX_TARGETS);
    }
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_handoff_target (id, name, org_unit_id, kind, folder, url,
              bearer_token, formats, horizon_days, schedule_kind, schedule_every, daily_at, active,
              next_run_at, version, created_at, updated_at)
            values (:id, :name, :unit, :kind, :folder, :url, :token, :formats, :horizon,
              :scheduleKind, :every, :dailyAt, :active, :next, 0, :now, :now)""")
        .param("id", id)
        .params(values(clean, command.orgUnitId(), now))
        .param("token", "HTTP".equals(clean.kind()) && !empty(clean.token()) ? clean.token() : null)
        .param("now", SqlTime.utc(now))
        .update();
    return get(id);
  }

  /** Changes the target against the version the user read (stale: nothing written). */
  @Transactional
  public HandoffTarget update(UUID id, long version, SaveHandoffTarget command) {
    HandoffTarget current = get(id);
    HandoffTargetRules.Clean clean = HandoffTargetRules.check(command);
    centre(command.orgUnitId());
    Instant now = Instant.now();
    int updated =
        jdbc.sql(
                """
                update scheduling_handoff_target
                   set name = :name, org_unit_id = :unit, kind = :kind, folder = :folder,
                       url = :url, formats = :formats, horizon_days = :horizon,
                       schedule_kind = :scheduleKind, schedule_every = :every,
                       daily_at = :dailyAt, active = :active, next_run_at = :next,
                       version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .params(values(clean, command.orgUnitId(), now))
            .param("now", SqlTime.utc(now))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleVersionException(RECORD_TYPE, version, current.version());
    }
    boolean clear = !"HTTP".equals(clean.kind()) || "".equals(clean.token());
    if (clear || !empty(clean.token())) {
      jdbc.sql("update scheduling_handoff_target set bearer_token = :token where id = :id")
          .param("token", clear ? null : clean.token())
          .param("id", id)
          .update();
    }
    return get(id);
  }

  /** Removes the target with its log. */
  @Transactional
  public void delete(UUID id, long version) {
    HandoffTarget current = get(id);
    int deleted =
        jdbc.sql("delete from scheduling_handoff_target where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update();
    if (deleted == 0) {
      throw new StaleVersionException(RECORD_TYPE, version, current.version());
    }
  }

  /** A centre to choose. */
  public record Centre(UUID id, String name) {}

  /** The centres (branches) in reach, in tree order (at most 500). */
  @Transactional(readOnly = true)
  public List<Centre> centres() {
    Visibility manage = manage();
    return jdbc
        .sql(
            """
            select id, name, path from identity_org_unit_view where kind = 'BRANCH'
             order by path""")
        .query(
            (rs, n) ->
                new Row(
                    new HandoffTarget(
                        null,
                        rs.getString(2),
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        null,
                        null,
                        null,
                        false,
                        null,
                        0,
                        null,
                        null,
                        null,
                        false,
                        null,
                        0),
                    rs.getString(3)))
        .list()
        .stream()
        .filter(row -> reaches(manage, row))
        .map(row -> new Centre(row.target().orgUnitId(), row.target().name()))
        .limit(500)
        .toList();
  }

  /** Whether the current user may keep targets of every centre. */
  public boolean company() {
    return manage().scope() == Scope.ALL;
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql(COLUMNS + " where t.id = :id")
        .param("id", id)
        .query(HandoffTargets::row)
        .optional();
  }

  private java.util.Map<String, Object> values(
      HandoffTargetRules.Clean clean, UUID orgUnitId, Instant now) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("name", clean.name());
    values.put("unit", orgUnitId);
    values.put("kind", clean.kind());
    values.put("folder", clean.folder());
    values.put("url", clean.url());
    values.put("formats", clean.formats());
    values.put("horizon", clean.horizonDays());
    values.put("scheduleKind", clean.scheduleKind());
    values.put("every", clean.scheduleEvery());
    values.put("dailyAt", clean.dailyAt());
    values.put("active", clean.active());
    values.put(
        "next",
        clean.active()
            ? SqlTime.utc(
                HandoffTarget.next(
                    clean.scheduleKind(), clean.scheduleEvery(), clean.dailyAt(), now, zone))
            : null);
    return values;
  }

  private void centre(UUID orgUnitId) {
    Visibility manage = manage();
    if (orgUnitId == null) {
      if (manage.scope() != Scope.ALL) {
        throw new BusinessRuleException(
            "orgUnitId", "required", "schedulinghandoff.centre.required");
      }
      return;
    }
    jdbc.sql("select path from identity_org_unit_view where id = :id")
        .param("id", orgUnitId)
        .query(String.class)
        .optional()
        .filter(path -> manage.includesUnit(new OrgUnitId(orgUnitId), path))
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "orgUnitId", "not-found", "schedulinghandoff.centre.unknown"));
  }

  private Visibility manage() {
    Visibility manage = currentUser.visibility(PERMISSION);
    if (!manage.granted()) {
      throw new AccessRefusedException("may not keep hand-off targets");
    }
    return manage;
  }

  private static boolean reaches(Visibility manage, Row row) {
    UUID unit = row.target().orgUnitId();
    return unit == null
        ? manage.scope() == Scope.ALL
        : manage.includesUnit(new OrgUnitId(unit), row.path());
  }

  private static boolean empty(String text) {
    return text == null || text.isEmpty();
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        new HandoffTarget(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getBoolean(8),
            rs.getString(9),
            rs.getInt(10),
            rs.getString(11),
            rs.getObject(12, Integer.class),
            rs.getString(13),
            rs.getBoolean(14),
            SqlTime.instant(rs.getObject(15, OffsetDateTime.class)),
            rs.getLong(16)),
        rs.getString(17));
  }
}
