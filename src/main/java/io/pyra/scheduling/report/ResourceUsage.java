package io.pyra.scheduling.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.resource.OpenHours;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.resource.SchedulingHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy (rooms, PC sets, projectors, hardware) and instructors' utilisation per month: booked
 * hours from one statement per month summing the confirmed holds cut at the month's ends; available
 * hours worked out here from each resource's week (its own, else the centre's, else 08:00–22:00)
 * and the closures that apply to it (company, the centre and the units above it, its own), read
 * once for the whole range. The centre's active resources, at most {@link #MAX_RESOURCES} by code.
 */
@Component
@Transactional(readOnly = true)
public class ResourceUsage {

  public static final int MAX_RESOURCES = 500;

  private static final String RESOURCES =
      """
      select r.id, r.code, r.name, r.kind from scheduling_resource r where \s""";

  private static final String BOOKED =
      """
      select br.resource_id,
             sum(extract(epoch from least(br.ends_at, :monthEnd))
                 - extract(epoch from greatest(br.starts_at, :monthStart)))
        from scheduling_booking_resource br
        join scheduling_booking b on b.id = br.booking_id
        join scheduling_resource r on r.id = br.resource_id
       where \s""";

  private final JdbcClient jdbc;
  private final ReportAccess access;
  private final SchedulingHours hours;
  private final Closures closures;

  ResourceUsage(JdbcClient jdbc, ReportAccess access, SchedulingHours hours, Closures closures) {
    this.jdbc = jdbc;
    this.access = access;
    this.hours = hours;
    this.closures = closures;
  }

  /** The occupancy of the centre's resources other than instructors. */
  public UsageReport occupancy(ReportCentre centre, ReportMonths months) {
    return usage(centre, months, QueryPart.of("r.kind <> 'INSTRUCTOR'"));
  }

  /** The utilisation of the centre's instructors (their own hours and leave count). */
  public UsageReport instructors(ReportCentre centre, ReportMonths months) {
    return usage(centre, months, QueryPart.of("r.kind = 'INSTRUCTOR'"));
  }

  private record Row(UUID id, String code, String name, String kind) {}

  private UsageReport usage(ReportCentre centre, ReportMonths months, QueryPart kinds) {
    Where where = resources(centre, kinds).and("r.active = true");
    where.param("max", MAX_RESOURCES);
    List<Row> rows =
        where
            .query(jdbc, RESOURCES, "order by r.code, r.id fetch first :max rows only")
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
            .list();
    List<UsageLine> lines = new ArrayList<>();
    List<UsageTotal> totals = new ArrayList<>();
    if (rows.isEmpty()) {
      for (YearMonth month : months.list()) {
        totals.add(new UsageTotal(month, Figures.hours(0), Figures.hours(0), null));
      }
      return new UsageReport(centre, months, lines, totals);
    }
    List<UUID> ids = rows.stream().map(Row::id).toList();
    Instant from = ReportMonths.start(months.from(), centre.zone());
    Instant to = ReportMonths.end(months.to(), centre.zone());
    Map<UUID, List<OpeningInterval>> own = hours.ofResources(ids);
    List<OpeningInterval> centreWeek = hours.ofCentre(centre.id());
    List<Closure> closed =
        closures.overlapping(Availability.unitsOf(centre.id(), centre.path()), ids, from, to);
    for (YearMonth month : months.list()) {
      Instant start = ReportMonths.start(month, centre.zone());
      Instant end = ReportMonths.end(month, centre.zone());
      Map<UUID, Long> booked = booked(centre, kinds, start, end);
      long bookedSum = 0;
      long availableSum = 0;
      for (Row row : rows) {
        List<OpeningInterval> week =
            Availability.weekOf(own.getOrDefault(row.id(), List.of()), centreWeek);
        List<Closure> applying =
            closed.stream()
                .filter(c -> c.resourceId() == null || c.resourceId().equals(row.id()))
                .toList();
        long available = OpenHours.within(week, centre.zone(), start, end, applying).toSeconds();
        long held = booked.getOrDefault(row.id(), 0L);
        bookedSum += held;
        availableSum += available;
        lines.add(
            new UsageLine(
                month,
                row.id(),
                row.code(),
                row.name(),
                row.kind(),
                Figures.hours(held),
                Figures.hours(available),
                Figures.percent(held, available)));
      }
      totals.add(
          new UsageTotal(
              month,
              Figures.hours(bookedSum),
              Figures.hours(availableSum),
              Figures.percent(bookedSum, availableSum)));
    }
    return new UsageReport(centre, months, lines, totals);
  }

  private Map<UUID, Long> booked(ReportCentre centre, QueryPart kinds, Instant start, Instant end) {
    Where where =
        resources(centre, kinds)
            .and("r.active = true")
            .and("br.active = true")
            .and("b.status = 'CONFIRMED'")
            .and("br.starts_at < :monthEnd", "monthEnd", SqlTime.utc(end))
            .and("br.ends_at > :monthStart", "monthStart", SqlTime.utc(start));
    Map<UUID, Long> seconds = new HashMap<>();
    where
        .query(jdbc, BOOKED, "group by br.resource_id")
        .query(
            rs -> {
              BigDecimal sum = rs.getBigDecimal(2);
              seconds.put(
                  rs.getObject(1, UUID.class),
                  sum == null ? 0L : sum.setScale(0, RoundingMode.HALF_UP).longValueExact());
            });
    return seconds;
  }

  private Where resources(ReportCentre centre, QueryPart kinds) {
    return new Where()
        .and("r.org_unit_id = :centre", "centre", centre.id())
        .and(access.visible("r.user_id", "r.org_unit_id"))
        .and(kinds);
  }
}
