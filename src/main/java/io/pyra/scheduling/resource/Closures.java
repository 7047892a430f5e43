package io.pyra.scheduling.resource;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closures ({@code scheduling_closure}) of a centre (closures and holidays), of a resource
 * (closures and, for an instructor, leave) and of the whole company (holidays): listed from a time
 * on, added and removed with {@code resource.manage} reaching the centre (all centres for the
 * company's). Each ends after it starts and lasts at most {@link #MAX_DAYS} days.
 */
@Component
@Transactional
public class Closures {

  public static final int MAX_DAYS = 366;
  public static final int REASON_MAX = 200;
  public static final int LIST_MAX = 500;
  static final String RECORD_TYPE = "closure";

  private static final String COLUMNS =
      "select id, org_unit_id, resource_id, kind, starts_at, ends_at, reason from scheduling_closure";
  private static final String OF_CENTRE =
      COLUMNS
          + " where org_unit_id = :owner and ends_at > :from order by starts_at, id"
          + " fetch first 500 rows only";
  private static final String OF_RESOURCE =
      COLUMNS
          + " where resource_id = :owner and ends_at > :from order by starts_at, id"
          + " fetch first 500 rows only";
  private static final String OF_COMPANY =
      COLUMNS
          + " where org_unit_id is null and resource_id is null and ends_at > :from"
          + " order by starts_at, id fetch first 500 rows only";

  private final JdbcClient jdbc;
  private final ResourceAccess access;
  private final ResourceService resources;

  Closures(JdbcClient jdbc, ResourceAccess access, ResourceService resources) {
    this.jdbc = jdbc;
    this.access = access;
    this.resources = resources;
  }

  /** A centre's closures and holidays that end after {@code from}, first first (at most 500). */
  @Transactional(readOnly = true)
  public List<Closure> ofCentre(UUID orgUnitId, Instant from) {
    return list(OF_CENTRE, orgUnitId, from);
  }

  /** A resource's closures and leave that end after {@code from} (at most 500). */
  @Transactional(readOnly = true)
  public List<Closure> ofResource(UUID resourceId, Instant from) {
    return list(OF_RESOURCE, resourceId, from);
  }

  /** The company's holidays that end after {@code from} (at most 500). */
  @Transactional(readOnly = true)
  public List<Closure> ofCompany(Instant from) {
    return list(OF_COMPANY, null, from);
  }

  /** The most closures {@link #overlapping} reads at once. */
  public static final int OVERLAPPING_MAX = 10_000;

  /**
   * The closures over part of {@code [from, to)} of the company, of the units, and of the
   * resources, in one statement (at most {@link #OVERLAPPING_MAX}, first first).
   */
  @Transactional(readOnly = true)
  public List<Closure> overlapping(
      Collection<UUID> units, Collection<UUID> resourceIds, Instant from, Instant to) {
    List<UUID> none = List.of(new UUID(0, 0));
    return jdbc.sql(
            COLUMNS
                + " "
                + """
                 where starts_at < :to and ends_at > :from
                   and ((org_unit_id is null and resource_id is null) or org_unit_id in (:units)
                        or resource_id in (:resources))
                 order by starts_at, id fetch first 10000 rows only""")
        .param("from", SqlTime.utc(from))
        .param("to", SqlTime.utc(to))
        .param("units", units.isEmpty() ? none : units)
        .param("resources", resourceIds.isEmpty() ? none : resourceIds)
        .query(Closures::row)
        .list();
  }

  /** Closes a centre: {@code kind} CLOSURE or HOLIDAY. */
  public Closure closeCentre(UUID orgUnitId, String kind, Instant start, Instant end, String why) {
    if (!access.manages(orgUnitId)) {
      throw new AccessRefusedException("resource.manage does not reach the org unit");
    }
    ClosureKind k = checked(kind, start, end, why, ClosureKind.CLOSURE, ClosureKind.HOLIDAY);
    return insert(orgUnitId, null, k, start, end, why);
  }

  /** Closes a resource: {@code kind} CLOSURE, or LEAVE for an instructor. */
  public Closure closeResource(
      UUID resourceId, String kind, Instant start, Instant end, String why) {
    Resource resource = resources.writable(resourceId);
    ClosureKind k =
        resource.kind() == ResourceKind.INSTRUCTOR
            ? checked(kind, start, end, why, ClosureKind.CLOSURE, ClosureKind.LEAVE)
            : checked(kind, start, end, why, ClosureKind.CLOSURE);
    return insert(null, resourceId, k, start, end, why);
  }

  /** A holiday of the whole company (with {@code resource.manage} over all centres). */
  public Closure closeCompany(String kind, Instant start, Instant end, String why) {
    if (!access.managesAll()) {
      throw new AccessRefusedException("company-wide holidays need resource.manage over all");
    }
    ClosureKind k = checked(kind, start, end, why, ClosureKind.HOLIDAY, ClosureKind.CLOSURE);
    return insert(null, null, k, start, end, why);
  }

  /** Removes a closure of the centre, of the resource, or of the company (both null). */
  public void remove(UUID orgUnitId, UUID resourceId, UUID closureId) {
    Closure closure =
        jdbc.sql(COLUMNS + " where id = :id")
            .param("id", closureId)
            .query(Closures::row)
            .optional()
            .filter(
                c ->
                    java.util.Objects.equals(c.orgUnitId(), orgUnitId)
                        && java.util.Objects.equals(c.resourceId(), resourceId))
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, closureId));
    if (resourceId != null) {
      resources.writable(resourceId);
    } else if (orgUnitId != null ? !access.manages(orgUnitId) : !access.managesAll()) {
      throw new AccessRefusedException("may not remove the closure");
    }
    jdbc.sql("delete from scheduling_closure where id = :id").param("id", closureId).update();
  }

  private ClosureKind checked(
      String kind, Instant start, Instant end, String why, ClosureKind... allowed) {
    List<RuleViolation> violations = new ArrayList<>();
    ClosureKind k = null;
    String name = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    for (ClosureKind candidate : allowed) {
      if (candidate.name().equals(name)) {
        k = candidate;
      }
    }
    if (k == null) {
      violations.add(
          new RuleViolation(
              "kind", "one-of", "resource.closure.kind", List.of(allowed).toString()));
    }
    if (start == null) {
      violations.add(new RuleViolation("startsAt", "required", "resource.closure.startsAt"));
    }
    if (end == null) {
      violations.add(new RuleViolation("endsAt", "required", "resource.closure.endsAt"));
    }
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        violations.add(new RuleViolation("endsAt", "before-start", "resource.closure.order"));
      } else if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
        violations.add(new RuleViolation("endsAt", "range", "resource.closure.range", MAX_DAYS));
      }
    }
    if (why != null && why.strip().length() > REASON_MAX) {
      violations.add(new RuleViolation("reason", "size", "resource.reason.size", REASON_MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return k;
  }

  private Closure insert(
      UUID orgUnitId, UUID resourceId, ClosureKind kind, Instant start, Instant end, String why) {
    Closure closure =
        new Closure(
            Ids.newId(),
            orgUnitId,
            resourceId,
            kind,
            start,
            end,
            why == null || why.isBlank() ? null : why.strip());
    jdbc.sql(
            """
            insert into scheduling_closure
              (id, org_unit_id, resource_id, kind, starts_at, ends_at, reason, created_by, created_at)
            values (:id, :unit, :resource, :kind, :starts, :ends, :reason, :by, :now)""")
        .param("id", closure.id())
        .param("unit", orgUnitId)
        .param("resource", resourceId)
        .param("kind", kind.name())
        .param("starts", SqlTime.utc(start))
        .param("ends", SqlTime.utc(end))
        .param("reason", closure.reason())
        .param("by", access.me())
        .param("now", SqlTime.utc(Instant.now()))
        .update();
    return closure;
  }

  private List<Closure> list(String sql, UUID owner, Instant from) {
    var statement = jdbc.sql(sql).param("from", SqlTime.utc(from));
    if (owner != null) {
      statement = statement.param("owner", owner);
    }
    return statement.query(Closures::row).list();
  }

  static Closure row(ResultSet rs, int n) throws SQLException {
    return new Closure(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        ClosureKind.valueOf(rs.getString(4)),
        SqlTime.instant(rs.getObject(5, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(6, OffsetDateTime.class)),
        rs.getString(7));
  }
}
