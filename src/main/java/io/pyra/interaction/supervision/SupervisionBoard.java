package io.pyra.interaction.supervision;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervisor sees of each person they supervise, in five grouped queries whatever the number
 * of people: tasks due in the period and how many of them are done, tasks overdue now, contact
 * records authored per day or week, and owned customers without contact for N days.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoard {

  public static final int DEFAULT_QUIET_DAYS = 30;
  static final int MAX_QUIET_DAYS = 3650;
  static final String PEOPLE_LIMIT = "2000";

  /** One person's line. */
  public record PersonLine(
      UUID userId,
      String name,
      String orgUnit,
      long planned,
      long done,
      long overdue,
      List<Long> records,
      long recordsTotal,
      long quietCustomers) {}

  /** The board: its period, columns and people. */
  public record Board(
      SupervisionPeriod period, List<LocalDate> columns, int quietDays, List<PersonLine> people) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final Clock clock;

  SupervisionBoard(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.clock = Clock.systemUTC();
  }

  public Board board(SupervisionPeriod period, int quietDays) {
    checkQuietDays(quietDays);
    QueryPart scope = currentUser.visibility("supervision.read").condition("u.id", "u.org_unit_id");
    Instant now = clock.instant();
    Map<String, Object> params = new HashMap<>();
    params.put("from", SqlTime.utc(period.start()));
    params.put("to", SqlTime.utc(period.end()));
    params.put("now", SqlTime.utc(now));
    params.put("since", SqlTime.utc(now.minus(quietDays, ChronoUnit.DAYS)));

    Map<UUID, long[]> tasks = new HashMap<>();
    people(scope, params)
        .and("t.due_at >= :from and t.due_at < :to")
        .query(
            jdbc,
            "select t.assignee_id, count(*), sum(case when t.status = 'DONE' then 1 else 0 end)"
                + " from interaction_task t join identity_user_view u on u.id = t.assignee_id where ",
            "group by t.assignee_id")
        .query(
            rs -> {
              tasks.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    Map<UUID, Long> overdue =
        counts(
            people(scope, params)
                .and(
                    "t.completed_at is null and t.status not in ('DONE', 'CANCELLED') and t.due_at < :now")
                .query(
                    jdbc,
                    "select t.assignee_id, count(*) from interaction_task t"
                        + " join identity_user_view u on u.id = t.assignee_id where ",
                    "group by t.assignee_id"));
    Map<UUID, Long> quiet =
        counts(
            people(scope, params)
                .and(
                    "c.deleted_at is null and c.merged_into_id is null and c.created_at < :since"
                        + " and not exists (select 1 from interaction_record r where r.customer_id = c.id and r.occurred_at >= :since)")
                .query(
                    jdbc,
                    "select c.owner_id, count(*) from customer_card_view c"
                        + " join identity_user_view u on u.id = c.owner_id where ",
                    "group by c.owner_id"));
    Map<UUID, List<Long>> records =
        records(
            period, people(scope, params).and("r.occurred_at >= :from and r.occurred_at < :to"));

    List<PersonLine> lines = new ArrayList<>();
    List<Long> none = Collections.nCopies(period.columns().size(), 0L);
    people(scope, Map.of())
        .query(
            jdbc,
            "select u.id, u.display_name, o.name from identity_user_view u join identity_org_unit_view o on o.id = u.org_unit_id"
                + " where ",
            "order by o.path, u.display_name, u.id limit " + PEOPLE_LIMIT)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              long[] planned = tasks.getOrDefault(id, new long[2]);
              List<Long> perColumn = records.getOrDefault(id, none);
              lines.add(
                  new PersonLine(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      planned[0],
                      planned[1],
                      overdue.getOrDefault(id, 0L),
                      perColumn,
                      perColumn.stream().mapToLong(Long::longValue).sum(),
                      quiet.getOrDefault(id, 0L)));
            });
    return new Board(period, period.columns(), quietDays, lines);
  }

  /** The active people the supervisor sees, with the parameters of the board's conditions. */
  private static Where people(QueryPart scope, Map<String, Object> params) {
    Where where = new Where().and("u.active").and(scope.wrap("(", ")"));
    params.forEach(where::param);
    return where;
  }

  /**
   * Records authored per person and column: one {@code sum(case …)} per column, bounds bound as
   * parameters.
   */
  private Map<UUID, List<Long>> records(SupervisionPeriod period, Where where) {
    List<Instant> bounds = period.boundaries();
    List<QueryPart> columns = new ArrayList<>();
    columns.add(QueryPart.of("r.author_id"));
    for (int i = 0; i + 1 < bounds.size(); i++) {
      columns.add(
          QueryPart.of(
                  "sum(case when r.occurred_at >= :columnFrom and r.occurred_at < :columnTo then 1 else 0 end)",
                  "columnFrom",
                  SqlTime.utc(bounds.get(i)))
              .with("columnTo", SqlTime.utc(bounds.get(i + 1)))
              .numbered(i));
    }
    QueryPart statement =
        QueryPart.join(
            " ",
            List.of(
                QueryPart.join(", ", columns)
                    .wrap(
                        "select ",
                        " from interaction_record r join identity_user_view u on u.id = r.author_id where"),
                where.part(),
                QueryPart.of("group by r.author_id")));
    Map<UUID, List<Long>> records = new HashMap<>();
    statement
        .query(jdbc)
        .query(
            rs -> {
              List<Long> perColumn = new ArrayList<>();
              for (int i = 0; i + 1 < bounds.size(); i++) {
                perColumn.add(rs.getLong(i + 2));
              }
              records.put(rs.getObject(1, UUID.class), perColumn);
            });
    return records;
  }

  private static Map<UUID, Long> counts(JdbcClient.StatementSpec statement) {
    Map<UUID, Long> counts = new HashMap<>();
    statement.query(
        rs -> {
          counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
    return counts;
  }

  public static void checkQuietDays(int days) {
    if (days < 1 || days > MAX_QUIET_DAYS) {
      throw new BusinessRuleException("days", "range", "supervision.days.range", 1, MAX_QUIET_DAYS);
    }
  }
}
