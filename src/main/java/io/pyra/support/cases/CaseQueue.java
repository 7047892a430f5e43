package io.pyra.support.cases;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases the current user may see, in queue order: priority (1 first), then the nearest
 * resolution deadline, then id; paged by a cursor holding those three. Statements are built from
 * fixed fragments; every value is a bound parameter.
 */
@Component
@Transactional(readOnly = true)
public class CaseQueue {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select k.id, k.code, k.customer_id, cu.code, cu.name, k.type, k.severity, k.status, k.subject,
             k.assignee_id, u.display_name, k.org_unit_id, o.name, k.grade, v.tier, k.priority,
             k.first_responded_at, k.first_response_warn_at, k.first_response_due_at,
             k.resolution_warn_at, k.resolution_due_at, k.resolved_at, k.paused_at, k.created_at,
             k.version, cu.owner_id, cu.org_unit_id
        from support_case k
        join customer_card_view cu on cu.id = k.customer_id
        join identity_org_unit_view o on o.id = k.org_unit_id
        left join identity_user_view u on u.id = k.assignee_id
        left join analytics_customer_value_view v on v.customer_id = k.customer_id
       where\s""";

  private static final String IN_INDEX_ORDER = "set local enable_bitmapscan = off";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("case", Long.class, Instant.class, UUID.class)
          .refusedWith("case.cursor.invalid");

  private final JdbcClient jdbc;
  private final BulkRows database;
  private final CaseAccess access;
  private final CurrentUser currentUser;

  CaseQueue(JdbcClient jdbc, CaseAccess access, CurrentUser currentUser, BulkRows database) {
    this.database = database;
    this.jdbc = jdbc;
    this.access = access;
    this.currentUser = currentUser;
  }

  public Slice<CaseRow> search(CaseFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = filtered(filter);
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(
          CaseOrder.QUEUE.after(
              (int) after.number(0), SqlTime.utc(after.instant(1)), after.uuid(2)));
    }
    where.param("limit", size + 1);
    if (database.postgres()) {
      // the page is the first rows of a queue index in its order: read them in that order and stop.
      // PostgreSQL otherwise underrates how many open cases of a team the reader sees, gathers all
      // of them (10,000 in a busy team) and sorts them for the page.
      jdbc.sql(IN_INDEX_ORDER).update();
    }
    Visibility value = currentUser.visibility("value.read");
    List<CaseRow> rows =
        where
            .query(jdbc, SELECT, CaseOrder.QUEUE.orderBy(), "limit :limit")
            .query((rs, n) -> row(rs, value))
            .list();
    return Slice.of(
        rows,
        size,
        last -> CURSOR.encode((long) last.priority(), last.resolutionDueAt(), last.id()));
  }

  /** One case the current user may see, as lists show it. */
  public Optional<CaseRow> find(UUID id) {
    Visibility value = currentUser.visibility("value.read");
    return new Where()
        .and("k.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query((rs, n) -> row(rs, value))
        .optional();
  }

  private Where filtered(CaseFilter filter) {
    Where where = new Where().and(access.visible());
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "k.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.assigneeId() != null) {
      where.and("k.assignee_id = :assigneeId", "assigneeId", filter.assigneeId());
    }
    if (filter.teamId() != null) {
      where.and("k.org_unit_id = :teamId", "teamId", filter.teamId());
    }
    if (filter.customerId() != null) {
      where.and("k.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.type() != null) {
      where.and("k.type = :type", "type", filter.type().name());
    }
    if (filter.severity() != null) {
      where.and("k.severity = :severity", "severity", filter.severity().name());
    }
    return where;
  }

  private static CaseRow row(ResultSet rs, Visibility value) throws SQLException {
    CaseRow row =
        new CaseRow(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            rs.getString(5),
            CaseType.valueOf(rs.getString(6)),
            Severity.valueOf(rs.getString(7)),
            CaseStatus.valueOf(rs.getString(8)),
            rs.getString(9),
            rs.getObject(10, UUID.class),
            rs.getString(11),
            rs.getObject(12, UUID.class),
            rs.getString(13),
            rs.getString(14),
            null,
            rs.getInt(16),
            instant(rs, 17),
            instant(rs, 18),
            instant(rs, 19),
            instant(rs, 20),
            instant(rs, 21),
            instant(rs, 22),
            instant(rs, 23),
            instant(rs, 24),
            rs.getLong(25));
    String tier = rs.getString(15);
    boolean reaches =
        tier != null
            && value.allows(
                UserId.ofNullable(rs.getObject(26, UUID.class)),
                OrgUnitId.ofNullable(rs.getObject(27, UUID.class)));
    return reaches ? row.withTier(tier) : row;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  private enum CaseOrder implements SortKey {
    QUEUE(
        "order by k.priority, k.resolution_due_at, k.id",
        "(k.priority > :after0 or (k.priority = :after0 and (k.resolution_due_at > :after1"
            + " or (k.resolution_due_at = :after1 and k.id > :after2))))");

    private final String orderBy;
    private final String after;

    CaseOrder(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
