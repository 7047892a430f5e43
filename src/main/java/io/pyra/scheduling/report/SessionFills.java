package io.pyra.scheduling.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import io.pyra.scheduling.report.Courses.Course;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fill rate of a centre's sessions (not cancelled), each counted in the month it starts on the
 * centre's clock: one grouped statement per month for the courses, one for the sessions listed.
 */
@Component
@Transactional(readOnly = true)
public class SessionFills {

  public static final int MAX_SESSIONS = 500;

  private static final String FROM =
      """
        from scheduling_session s
        join scheduling_booking b on b.id = s.booking_id
       where \s""";

  private final JdbcClient jdbc;
  private final ReportAccess access;
  private final Courses courses;

  SessionFills(JdbcClient jdbc, ReportAccess access, Courses courses) {
    this.jdbc = jdbc;
    this.access = access;
    this.courses = courses;
  }

  private record Group(UUID product, long sessions, long enrolled, long capacity) {}

  private record Session(
      UUID id, UUID product, String title, Instant startsAt, int enrolled, int capacity) {}

  public FillReport report(ReportCentre centre, ReportMonths months) {
    List<List<Group>> perMonth = new ArrayList<>();
    Set<UUID> products = new HashSet<>();
    for (YearMonth month : months.list()) {
      List<Group> groups =
          sessions(
                  centre,
                  ReportMonths.start(month, centre.zone()),
                  ReportMonths.end(month, centre.zone()))
              .query(
                  jdbc,
                  "select s.product_id, count(*), sum(s.enrolled), sum(s.capacity)" + FROM,
                  "group by s.product_id")
              .query(
                  (rs, n) ->
                      new Group(
                          rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
              .list();
      groups.forEach(g -> products.add(g.product()));
      perMonth.add(groups);
    }
    Where listed =
        sessions(
            centre,
            ReportMonths.start(months.from(), centre.zone()),
            ReportMonths.end(months.to(), centre.zone()));
    listed.param("max", MAX_SESSIONS);
    List<Session> rows =
        listed
            .query(
                jdbc,
                "select s.id, s.product_id, b.title, b.starts_at, s.enrolled, s.capacity" + FROM,
                "order by b.starts_at, s.id fetch first :max rows only")
            .query(
                (rs, n) ->
                    new Session(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        SqlTime.instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getInt(5),
                        rs.getInt(6)))
            .list();
    rows.forEach(r -> products.add(r.product()));
    Map<UUID, Course> named = courses.of(products);

    List<FillLine> lines = new ArrayList<>();
    List<FillTotal> totals = new ArrayList<>();
    List<YearMonth> list = months.list();
    for (int i = 0; i < list.size(); i++) {
      YearMonth month = list.get(i);
      long sessions = 0;
      long enrolled = 0;
      long capacity = 0;
      List<FillLine> ofMonth = new ArrayList<>();
      for (Group g : perMonth.get(i)) {
        Course course = named.get(g.product());
        sessions += g.sessions();
        enrolled += g.enrolled();
        capacity += g.capacity();
        ofMonth.add(
            new FillLine(
                month,
                g.product(),
                course.code(),
                course.name().en(),
                g.sessions(),
                g.enrolled(),
                g.capacity(),
                Figures.percent(g.enrolled(), g.capacity())));
      }
      ofMonth.sort(Comparator.comparing(FillLine::courseCode).thenComparing(FillLine::productId));
      lines.addAll(ofMonth);
      totals.add(
          new FillTotal(month, sessions, enrolled, capacity, Figures.percent(enrolled, capacity)));
    }
    List<SessionFill> sessions =
        rows.stream()
            .map(
                r ->
                    new SessionFill(
                        YearMonth.from(r.startsAt().atZone(centre.zone())),
                        r.id(),
                        r.product(),
                        named.get(r.product()).code(),
                        r.title(),
                        r.startsAt(),
                        r.enrolled(),
                        r.capacity(),
                        Figures.percent(r.enrolled(), r.capacity())))
            .toList();
    return new FillReport(centre, months, lines, totals, sessions);
  }

  private Where sessions(ReportCentre centre, Instant from, Instant to) {
    return new Where()
        .and("b.org_unit_id = :centre", "centre", centre.id())
        .and(access.visible("b.booked_by", "b.org_unit_id"))
        .and("b.status = 'CONFIRMED'")
        .and("b.starts_at >= :from", "from", SqlTime.utc(from))
        .and("b.starts_at < :to", "to", SqlTime.utc(to));
  }
}
