package io.pyra.interaction.dashboard;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.Visibility;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of interaction's dashboard cards for the current user, each in one or two grouped
 * queries, within the reach of their {@code supervision.read} (own unit, subtree or all): contact
 * records by the record's org unit, overdue tasks by the assignee's, quiet customers by the
 * customer's ({@code customer_card_view}). Weeks run Monday to Sunday in the company's time zone.
 */
@Service
@Transactional(readOnly = true)
public class TeamDashboard {

  /** The permission whose reach the cards count in. */
  public static final String PERMISSION = "supervision.read";

  /** Days without a contact record after which a customer counts as quiet. */
  public static final int QUIET_DAYS = 30;

  /** How many people, and how many customers, a card lists at most. */
  public static final int TOP = 10;

  /** The bounds (in days without contact) of the quiet customers' groups after the first. */
  static final int[] QUIET_BOUNDS = {60, 90, 180};

  private static final String PEOPLE_LIMIT = "2000";

  /** Records per weekday: {@code thisWeek[0]} is this Monday's count. */
  public record WeekComparison(
      LocalDate thisMonday,
      List<Long> thisWeek,
      List<Long> lastWeek,
      long thisTotal,
      long lastTotal) {}

  /** A person with overdue tasks. */
  public record PersonCount(UUID userId, String name, long count) {}

  /** People with overdue tasks, most first (then by name), at most {@link #TOP}; and the total. */
  public record Overdue(List<PersonCount> people, long total, int peopleWithOverdue) {}

  /** A quiet customer and their last contact ({@code null}: never contacted). */
  public record QuietCustomer(UUID id, String code, String name, Instant lastContact) {}

  /**
   * Quiet customers: how many, how many by time since the last contact ({@link QuietGroup}), and
   * the longest quiet first.
   */
  public record Quiet(long total, List<Long> byGroup, List<QuietCustomer> longest) {}

  /** The groups of quiet customers by time since their last contact. */
  public enum QuietGroup {
    DAYS_30_59,
    DAYS_60_89,
    DAYS_90_179,
    DAYS_180_PLUS,
    NEVER
  }

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final ZoneId zone;
  private final Clock clock;

  TeamDashboard(
      JdbcClient jdbc, CurrentUser currentUser, @Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
    this.clock = Clock.systemUTC();
  }

  private Visibility reach() {
    return currentUser.visibility(PERMISSION);
  }

  /** Contact records per day of this week and of last week. */
  public WeekComparison recordsThisWeek() {
    LocalDate monday =
        LocalDate.now(clock.withZone(zone))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = monday.minusWeeks(1);
    List<QueryPart> columns = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      LocalDate day = lastMonday.plusDays(i);
      columns.add(
          QueryPart.of(
                  "sum(case when r.occurred_at >= :dayFrom and r.occurred_at < :dayTo then 1 else 0 end)",
                  "dayFrom",
                  SqlTime.utc(day.atStartOfDay(zone).toInstant()))
              .with("dayTo", SqlTime.utc(day.plusDays(1).atStartOfDay(zone).toInstant()))
              .numbered(i));
    }
    Where where =
        new Where()
            .and(reach().condition("r.author_id", "r.org_unit_id").wrap("(", ")"))
            .and("r.occurred_at >= :from and r.occurred_at < :to")
            .param("from", SqlTime.utc(lastMonday.atStartOfDay(zone).toInstant()))
            .param("to", SqlTime.utc(monday.plusWeeks(1).atStartOfDay(zone).toInstant()));
    QueryPart statement =
        QueryPart.join(
            " ",
            List.of(
                QueryPart.join(", ", columns).wrap("select ", " from interaction_record r where"),
                where.part()));
    List<Long> last = new ArrayList<>();
    List<Long> current = new ArrayList<>();
    statement
        .query(jdbc)
        .query(
            rs -> {
              for (int i = 0; i < 14; i++) {
                (i < 7 ? last : current).add(rs.getLong(i + 1));
              }
            });
    if (current.isEmpty()) {
      for (int i = 0; i < 7; i++) {
        last.add(0L);
        current.add(0L);
      }
    }
    return new WeekComparison(
        monday,
        current,
        last,
        current.stream().mapToLong(Long::longValue).sum(),
        last.stream().mapToLong(Long::longValue).sum());
  }

  /** Overdue tasks (open, due before now) of the active people in reach, by assignee. */
  public Overdue overdueByPerson() {
    List<PersonCount> all =
        new Where()
            .and("u.active")
            .and(reach().condition("u.id", "u.org_unit_id").wrap("(", ")"))
            .and(
                "t.completed_at is null and t.status not in ('DONE', 'CANCELLED') and t.due_at < :now")
            .param("now", SqlTime.utc(clock.instant()))
            .query(
                jdbc,
                "select u.id, u.display_name, count(*) as n from interaction_task t"
                    + " join identity_user_view u on u.id = t.assignee_id where ",
                "group by u.id, u.display_name order by n desc, u.display_name, u.id limit "
                    + PEOPLE_LIMIT)
            .query(
                (rs, n) ->
                    new PersonCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
            .list();
    long total = all.stream().mapToLong(PersonCount::count).sum();
    return new Overdue(all.stream().limit(TOP).toList(), total, all.size());
  }

  /**
   * Customers in reach (neither deleted nor merged, created more than {@link #QUIET_DAYS} days ago)
   * without a contact record in the last {@link #QUIET_DAYS} days.
   */
  public Quiet quietCustomers() {
    Instant now = clock.instant();
    Where where =
        new Where()
            .and(reach().condition("c.owner_id", "c.org_unit_id").wrap("(", ")"))
            .and(
                "c.deleted_at is null and c.merged_into_id is null and c.created_at < :since"
                    + " and not exists (select 1 from interaction_record r where r.customer_id = c.id and r.occurred_at >= :since)")
            .param("since", SqlTime.utc(now.minus(QUIET_DAYS, ChronoUnit.DAYS)));
    where
        .param("bound0", SqlTime.utc(now.minus(QUIET_BOUNDS[0], ChronoUnit.DAYS)))
        .param("bound1", SqlTime.utc(now.minus(QUIET_BOUNDS[1], ChronoUnit.DAYS)))
        .param("bound2", SqlTime.utc(now.minus(QUIET_BOUNDS[2], ChronoUnit.DAYS)));
    List<Long> groups = new ArrayList<>();
    long[] total = new long[1];
    where
        .query(
            jdbc,
            "select count(*),"
                + " sum(case when q.last_contact >= :bound0 then 1 else 0 end),"
                + " sum(case when q.last_contact < :bound0 and q.last_contact >= :bound1 then 1 else 0 end),"
                + " sum(case when q.last_contact < :bound1 and q.last_contact >= :bound2 then 1 else 0 end),"
                + " sum(case when q.last_contact < :bound2 then 1 else 0 end),"
                + " sum(case when q.last_contact is null then 1 else 0 end)"
                + " from (select (select max(r.occurred_at) from interaction_record r where r.customer_id = c.id) as last_contact"
                + " from customer_card_view c where ",
            ") q")
        .query(
            rs -> {
              total[0] = rs.getLong(1);
              for (int i = 0; i < QuietGroup.values().length; i++) {
                groups.add(rs.getLong(i + 2));
              }
            });
    List<QuietCustomer> longest =
        where
            .query(
                jdbc,
                "select c.id, c.code, c.name,"
                    + " (select max(r.occurred_at) from interaction_record r where r.customer_id = c.id) as last_contact"
                    + " from customer_card_view c where ",
                "order by last_contact nulls first, c.created_at, c.code limit " + TOP)
            .query(
                (rs, n) ->
                    new QuietCustomer(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        SqlTime.instant(rs.getObject(4, OffsetDateTime.class))))
            .list();
    return new Quiet(total[0], groups, longest);
  }
}
