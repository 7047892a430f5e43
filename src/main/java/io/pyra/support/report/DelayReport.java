package io.pyra.support.report;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.Severity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint delay report: the open cases the reader reaches that are late at an instant, as the
 * queue's SLA state says BREACHED (a first response still missing past its deadline or given late,
 * or the resolution deadline passed while the clock ran; a case waiting on the customer is late on
 * resolution only if its deadline had passed when it was paused). How late is counted in real hours
 * from the first deadline the case missed.
 */
@Component
@Transactional(readOnly = true)
public class DelayReport {

  /** The most late cases listed; the groups count them all. */
  public static final int MAX_CASES = 500;

  private static final String RESPONSE_MISSED =
      "((k.first_responded_at is null and k.first_response_due_at < :now)"
          + " or k.first_responded_at > k.first_response_due_at)";

  private static final String MISSED_DUE =
      "case when " + RESPONSE_MISSED + " then k.first_response_due_at else k.resolution_due_at end";

  /** SlaStates' BREACHED for an open case, on the kept instants. */
  static final String LATE =
      "k.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and ("
          + RESPONSE_MISSED
          + " or (k.status <> 'WAITING_ON_CUSTOMER' and k.resolution_due_at < :now)"
          + " or (k.status = 'WAITING_ON_CUSTOMER' and k.paused_at > k.resolution_due_at))";

  private static final String JOINS =
      """
        from support_case k
        join customer_card_view cu on cu.id = k.customer_id
        join identity_org_unit_view o on o.id = k.org_unit_id
        left join identity_user_view u on u.id = k.assignee_id
        left join identity_org_unit_view b on b.id = cu.org_unit_id
       where\s""";

  private static final String GROUP_COLUMNS =
      "count(*), min(" + MISSED_DUE + "), sum(extract(epoch from " + MISSED_DUE + "))" + JOINS;

  private static final String CASES =
      """
      select k.id, k.code, k.subject, k.type, k.severity, k.status, k.grade, k.priority,
             k.assignee_id, u.display_name, k.org_unit_id, o.name, cu.org_unit_id, b.name,
             k.customer_id, cu.code, cu.name, cu.owner_id,
      """
          + "case when "
          + RESPONSE_MISSED
          + " then 'FIRST_RESPONSE' else 'RESOLUTION' end, "
          + MISSED_DUE
          + JOINS;

  private static final String LATEST_FIRST = "order by " + MISSED_DUE + ", k.id limit :limit";

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final CurrentUser currentUser;

  DelayReport(JdbcClient jdbc, CaseAccess access, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.access = access;
    this.currentUser = currentUser;
  }

  /** The late cases at {@code now} (to the second), grouped. */
  public Delays at(Instant now, DelayGrouping grouping, CaseTypes types) {
    Instant asOf = now.truncatedTo(ChronoUnit.SECONDS);
    List<DelayGroup> groups = groups(asOf, grouping, types);
    long total = groups.stream().mapToLong(DelayGroup::cases).sum();
    List<LateCase> cases = cases(asOf, types);
    return new Delays(asOf, grouping, types, total, groups, cases, total > cases.size());
  }

  private Where late(Instant asOf, CaseTypes types) {
    Where where =
        new Where().and(access.visible()).and(QueryPart.of(LATE, "now", SqlTime.utc(asOf)));
    if (types.complaintsOnly()) {
      where.and("k.type = 'COMPLAINT'");
    }
    return where;
  }

  private List<DelayGroup> groups(Instant asOf, DelayGrouping grouping, CaseTypes types) {
    QueryPart statement =
        QueryPart.join(
            " ",
            List.of(
                QueryPart.of(grouping.select()),
                QueryPart.of(GROUP_COLUMNS),
                late(asOf, types).part(),
                QueryPart.of(grouping.groupBy())));
    BigDecimal nowSeconds = BigDecimal.valueOf(asOf.getEpochSecond());
    List<DelayGroup> groups =
        new ArrayList<>(
            statement
                .query(jdbc)
                .query(
                    (rs, n) -> {
                      long count = rs.getLong(3);
                      Instant latest = instant(rs, 4);
                      BigDecimal dueSum = rs.getBigDecimal(5);
                      return new DelayGroup(
                          Objects.toString(rs.getObject(1), null),
                          rs.getString(2),
                          count,
                          hoursBetween(latest, asOf),
                          Shares.averageHours(
                              nowSeconds.multiply(BigDecimal.valueOf(count)).subtract(dueSum),
                              count));
                    })
                .list());
    groups.sort(order(grouping));
    return groups;
  }

  /** Grades A, B, C; the others by the most late cases, then by name. */
  private static Comparator<DelayGroup> order(DelayGrouping grouping) {
    Comparator<DelayGroup> byName =
        Comparator.comparing(
                DelayGroup::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(DelayGroup::key, Comparator.nullsLast(Comparator.naturalOrder()));
    if (grouping == DelayGrouping.GRADE) {
      return byName;
    }
    return Comparator.comparingLong(DelayGroup::cases).reversed().thenComparing(byName);
  }

  private List<LateCase> cases(Instant asOf, CaseTypes types) {
    Visibility customers = currentUser.visibility("customer.read");
    return late(asOf, types)
        .param("limit", MAX_CASES)
        .query(jdbc, CASES, LATEST_FIRST)
        .query((rs, n) -> lateCase(rs, asOf, customers))
        .list();
  }

  private static LateCase lateCase(ResultSet rs, Instant asOf, Visibility customers)
      throws SQLException {
    boolean readsCustomer =
        customers.allows(
            UserId.ofNullable(rs.getObject(18, UUID.class)),
            OrgUnitId.ofNullable(rs.getObject(13, UUID.class)));
    Instant due = instant(rs, 20);
    return new LateCase(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        CaseType.valueOf(rs.getString(4)),
        Severity.valueOf(rs.getString(5)),
        CaseStatus.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getInt(8),
        rs.getObject(9, UUID.class),
        rs.getString(10),
        rs.getObject(11, UUID.class),
        rs.getString(12),
        rs.getObject(13, UUID.class),
        rs.getString(14),
        readsCustomer ? rs.getObject(15, UUID.class) : null,
        readsCustomer ? rs.getString(16) : null,
        readsCustomer ? rs.getString(17) : null,
        LateCase.MissedDeadline.valueOf(rs.getString(19)),
        due,
        hoursBetween(due, asOf));
  }

  private static BigDecimal hoursBetween(Instant from, Instant to) {
    return from == null
        ? null
        : Shares.hours(BigDecimal.valueOf(Duration.between(from, to).toSeconds()));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }
}
