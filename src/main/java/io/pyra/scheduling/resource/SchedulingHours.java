package io.pyra.scheduling.resource;

import io.pyra.platform.Ids;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening hours ({@code scheduling_hours}) of a centre, for all its resources, or of one resource
 * (an instructor's own hours, which replace the centre's). A centre without rows is open every day
 * 08:00–22:00. Set as a whole week with {@code resource.manage} reaching the centre: intervals of
 * one day may not overlap, each opens before it closes.
 */
@Component
@Transactional
public class SchedulingHours {

  /** The most intervals one week holds (five a day). */
  public static final int MAX_INTERVALS = 35;

  private static final Comparator<OpeningInterval> ORDER =
      Comparator.comparingInt(OpeningInterval::weekday).thenComparing(OpeningInterval::opensAt);

  private static final String OF_CENTRE =
      "select weekday, opens_at, closes_at from scheduling_hours where org_unit_id = :owner"
          + " order by weekday, opens_at";
  private static final String OF_RESOURCE =
      "select weekday, opens_at, closes_at from scheduling_hours where resource_id = :owner"
          + " order by weekday, opens_at";

  private final JdbcClient jdbc;
  private final ResourceAccess access;
  private final ResourceService resources;

  SchedulingHours(JdbcClient jdbc, ResourceAccess access, ResourceService resources) {
    this.jdbc = jdbc;
    this.access = access;
    this.resources = resources;
  }

  /** The centre's own hours, Monday first (empty: the default hours apply). */
  @Transactional(readOnly = true)
  public List<OpeningInterval> ofCentre(UUID orgUnitId) {
    return read(OF_CENTRE, orgUnitId);
  }

  /** The resource's own hours, Monday first (empty: its centre's apply). */
  @Transactional(readOnly = true)
  public List<OpeningInterval> ofResource(UUID resourceId) {
    return read(OF_RESOURCE, resourceId);
  }

  /**
   * The own hours of each of the resources that have some, Monday first, in one statement (at most
   * {@link #MAX_INTERVALS} per resource are kept by {@link #setResource}).
   */
  @Transactional(readOnly = true)
  public Map<UUID, List<OpeningInterval>> ofResources(Collection<UUID> resourceIds) {
    Map<UUID, List<OpeningInterval>> weeks = new HashMap<>();
    if (resourceIds.isEmpty()) {
      return weeks;
    }
    jdbc.sql(
            "select resource_id, weekday, opens_at, closes_at from scheduling_hours"
                + " where resource_id in (:owners) order by resource_id, weekday, opens_at")
        .param("owners", resourceIds)
        .query(
            rs -> {
              weeks
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new OpeningInterval(
                          rs.getInt(2),
                          rs.getObject(3, LocalTime.class),
                          rs.getObject(4, LocalTime.class)));
            });
    return weeks;
  }

  /**
   * The week that counts for a resource, read at once: its own hours, else its centre's, else the
   * default week.
   */
  @Transactional(readOnly = true)
  public List<OpeningInterval> weekOf(UUID resourceId, UUID orgUnitId) {
    List<OpeningInterval> own = new ArrayList<>();
    List<OpeningInterval> centre = new ArrayList<>();
    jdbc.sql(
            """
            select resource_id, weekday, opens_at, closes_at from scheduling_hours
             where resource_id = :resource or org_unit_id = :unit
             order by weekday, opens_at""")
        .param("resource", resourceId)
        .param("unit", orgUnitId)
        .query(
            (rs, n) -> {
              (rs.getObject(1, UUID.class) != null ? own : centre)
                  .add(
                      new OpeningInterval(
                          rs.getInt(2),
                          rs.getObject(3, LocalTime.class),
                          rs.getObject(4, LocalTime.class)));
              return null;
            })
        .list();
    return Availability.weekOf(own, centre);
  }

  /** The default week: every day 08:00–22:00. */
  public static List<OpeningInterval> defaultWeek() {
    List<OpeningInterval> week = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      week.add(
          new OpeningInterval(day, OpeningInterval.DEFAULT_OPENS, OpeningInterval.DEFAULT_CLOSES));
    }
    return week;
  }

  /** Replaces a centre's week; an empty list goes back to the default hours. */
  public void setCentre(UUID orgUnitId, List<OpeningInterval> week) {
    if (!access.manages(orgUnitId)) {
      throw new AccessRefusedException("resource.manage does not reach the org unit");
    }
    replace(orgUnitId, null, week);
  }

  /** Replaces a resource's own week; an empty list goes back to its centre's hours. */
  public void setResource(UUID resourceId, List<OpeningInterval> week) {
    resources.writable(resourceId);
    replace(null, resourceId, week);
  }

  /** The broken rules of a week: too many intervals, a bad weekday, order, overlap in a day. */
  public static List<RuleViolation> check(List<OpeningInterval> week) {
    List<RuleViolation> violations = new ArrayList<>();
    if (week.size() > MAX_INTERVALS) {
      violations.add(
          new RuleViolation("hours", "max-count", "resource.hours.max-count", MAX_INTERVALS));
      return violations;
    }
    for (int i = 0; i < week.size(); i++) {
      OpeningInterval interval = week.get(i);
      String field = "hours[" + i + "]";
      if (interval == null || interval.opensAt() == null || interval.closesAt() == null) {
        violations.add(new RuleViolation(field, "required", "resource.hours.required"));
      } else if (interval.weekday() < 1 || interval.weekday() > 7) {
        violations.add(new RuleViolation(field + ".weekday", "range", "resource.hours.weekday"));
      } else if (!interval.closesAt().isAfter(interval.opensAt())) {
        violations.add(new RuleViolation(field + ".closesAt", "order", "resource.hours.order"));
      } else {
        for (int j = 0; j < i; j++) {
          OpeningInterval before = week.get(j);
          if (before != null
              && before.opensAt() != null
              && before.closesAt() != null
              && before.overlaps(interval)) {
            violations.add(
                new RuleViolation(field + ".opensAt", "overlap", "resource.hours.overlap"));
            break;
          }
        }
      }
    }
    return violations;
  }

  private void replace(UUID orgUnitId, UUID resourceId, List<OpeningInterval> week) {
    List<RuleViolation> violations = check(week);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    if (orgUnitId != null) {
      jdbc.sql("delete from scheduling_hours where org_unit_id = :owner")
          .param("owner", orgUnitId)
          .update();
    } else {
      jdbc.sql("delete from scheduling_hours where resource_id = :owner")
          .param("owner", resourceId)
          .update();
    }
    for (OpeningInterval interval : week.stream().sorted(ORDER).toList()) {
      jdbc.sql(
              """
              insert into scheduling_hours (id, org_unit_id, resource_id, weekday, opens_at, closes_at)
              values (:id, :unit, :resource, :weekday, :opens, :closes)""")
          .param("id", Ids.newId())
          .param("unit", orgUnitId)
          .param("resource", resourceId)
          .param("weekday", interval.weekday())
          .param("opens", Time.valueOf(interval.opensAt().withNano(0)))
          .param("closes", Time.valueOf(interval.closesAt().withNano(0)))
          .update();
    }
  }

  private List<OpeningInterval> read(String sql, UUID owner) {
    return jdbc.sql(sql)
        .param("owner", owner)
        .query(
            (rs, n) ->
                new OpeningInterval(
                    rs.getInt(1),
                    rs.getObject(2, LocalTime.class),
                    rs.getObject(3, LocalTime.class)))
        .list();
  }
}
