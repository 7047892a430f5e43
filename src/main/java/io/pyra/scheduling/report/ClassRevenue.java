package io.pyra.scheduling.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.report.Courses.Course;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revenue from classes: a contract's amount spread over its sessions, each enrolment that is not
 * withdrawn earning its contract seat's value in the month its session (not cancelled) starts on
 * the centre's clock. One grouped statement per month.
 */
@Component
@Transactional(readOnly = true)
public class ClassRevenue {

  private static final String EARNED =
      """
      select s.product_id, count(*), sum(cs.seat_value)
        from scheduling_enrolment e
        join scheduling_session s on s.id = e.session_id
        join scheduling_booking b on b.id = s.booking_id
        join scheduling_contract_seats cs on cs.order_id = e.order_id and cs.product_id = e.product_id
       where \s""";

  /** Larger amounts first, then by course code (ties stay in a fixed order). */
  static final Comparator<RevenueLine> ORDER =
      Comparator.comparing(RevenueLine::amount)
          .reversed()
          .thenComparing(RevenueLine::courseCode)
          .thenComparing(RevenueLine::productId);

  private final JdbcClient jdbc;
  private final ReportAccess access;
  private final Courses courses;
  private final SalesApi sales;

  ClassRevenue(JdbcClient jdbc, ReportAccess access, Courses courses, SalesApi sales) {
    this.jdbc = jdbc;
    this.access = access;
    this.courses = courses;
    this.sales = sales;
  }

  private record Earned(UUID product, long enrolments, BigDecimal amount) {}

  public RevenueReport report(ReportCentre centre, ReportMonths months) {
    List<YearMonth> list = months.list();
    List<List<Earned>> perMonth = new ArrayList<>();
    Set<UUID> products = new HashSet<>();
    for (YearMonth month : list) {
      Instant start = ReportMonths.start(month, centre.zone());
      Instant end = ReportMonths.end(month, centre.zone());
      List<Earned> earned =
          new Where()
              .and("b.org_unit_id = :centre", "centre", centre.id())
              .and(access.visible("b.booked_by", "b.org_unit_id"))
              .and("b.status = 'CONFIRMED'")
              .and("e.status = 'ENROLLED'")
              .and("b.starts_at >= :from", "from", SqlTime.utc(start))
              .and("b.starts_at < :to", "to", SqlTime.utc(end))
              .query(jdbc, EARNED, "group by s.product_id")
              .query(
                  (rs, n) ->
                      new Earned(rs.getObject(1, UUID.class), rs.getLong(2), rs.getBigDecimal(3)))
              .list();
      earned.forEach(e -> products.add(e.product()));
      perMonth.add(earned);
    }
    Map<UUID, Course> named = courses.of(products);
    List<RevenueLine> lines = new ArrayList<>();
    List<RevenueTotal> totals = new ArrayList<>();
    Map<UUID, long[]> enrolmentsPerCourse = new LinkedHashMap<>();
    Map<UUID, BigDecimal> amountPerCourse = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      YearMonth month = list.get(i);
      long enrolments = 0;
      BigDecimal amount = BigDecimal.ZERO;
      List<RevenueLine> ofMonth = new ArrayList<>();
      for (Earned e : perMonth.get(i)) {
        Course course = named.get(e.product());
        enrolments += e.enrolments();
        amount = amount.add(e.amount());
        enrolmentsPerCourse.computeIfAbsent(e.product(), k -> new long[1])[0] += e.enrolments();
        amountPerCourse.merge(e.product(), e.amount(), BigDecimal::add);
        ofMonth.add(
            new RevenueLine(
                month,
                e.product(),
                course.code(),
                course.name().en(),
                e.enrolments(),
                Figures.money(e.amount())));
      }
      ofMonth.sort(ORDER);
      lines.addAll(ofMonth);
      totals.add(new RevenueTotal(month, enrolments, Figures.money(amount)));
    }
    List<RevenueLine> perCourse = new ArrayList<>();
    for (Map.Entry<UUID, BigDecimal> e : amountPerCourse.entrySet()) {
      Course course = named.get(e.getKey());
      perCourse.add(
          new RevenueLine(
              null,
              e.getKey(),
              course.code(),
              course.name().en(),
              enrolmentsPerCourse.get(e.getKey())[0],
              Figures.money(e.getValue())));
    }
    perCourse.sort(ORDER);
    return new RevenueReport(centre, months, sales.baseCurrency(), lines, totals, perCourse);
  }
}
