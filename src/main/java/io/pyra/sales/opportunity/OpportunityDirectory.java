package io.pyra.sales.opportunity;

import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import io.pyra.sales.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunities the current user may see: the list (filtered, newest first, paged by a cursor
 * holding the creation time and id of the last row), the board of one pipeline with its column
 * totals, one opportunity, and its stage history. Statements are built from fixed fragments; every
 * value is a bound parameter.
 */
@Component
@Transactional(readOnly = true)
public class OpportunityDirectory {

  public static final int MAX_LIMIT = 200;

  /** The most cards one column of the board shows (the list has them all). */
  public static final int BOARD_LIMIT = 1000;

  private static final String SELECT =
      """
      select o.id, o.code, o.title, o.customer_id, cu.code, cu.name, o.contact_id, ct.name,
             o.owner_id, u.display_name, o.org_unit_id, o.pipeline_id, p.code, p.name_en, p.name_zh,
             o.stage_id, s.code, s.name_en, s.name_zh, s.outcome, o.status, o.amount, o.currency,
             o.expected_close, o.source_id, src.code, src.name_en, src.name_zh, o.competitor,
             o.probability, o.probability_overridden, o.lost_reason_id, lr.code, lr.name_en, lr.name_zh,
             o.won_order_id, o.notes, o.stage_entered_at, o.version, o.created_at, o.updated_at
        from sales_opportunity o
        join sales_pipeline p on p.id = o.pipeline_id
        join sales_pipeline_stage s on s.id = o.stage_id
        join identity_user_view u on u.id = o.owner_id
        left join customer_card_view cu on cu.id = o.customer_id
        left join customer_contact_view ct on ct.id = o.contact_id
        left join sales_source src on src.id = o.source_id
        left join sales_lost_reason lr on lr.id = o.lost_reason_id
       where\s""";

  private static final String TOTALS =
      """
      select o.stage_id, o.currency, count(*), sum(o.amount), sum(o.amount * o.probability) / 100
        from sales_opportunity o
       where\s""";

  private static final String HISTORY =
      """
      select c.to_stage_id, s.code, s.name_en, s.name_zh, f.name_en, f.name_zh, c.entered_at, u.display_name
        from sales_opportunity_stage_change c
        join sales_pipeline_stage s on s.id = c.to_stage_id
        left join sales_pipeline_stage f on f.id = c.from_stage_id
        left join identity_user_view u on u.id = c.changed_by
       where c.opportunity_id = :id
       order by c.entered_at, c.id""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("opportunity", Instant.class, UUID.class)
          .refusedWith("opportunity.cursor.invalid");

  private final JdbcClient jdbc;
  private final OpportunityAccess access;

  OpportunityDirectory(JdbcClient jdbc, OpportunityAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<OpportunityRow> search(OpportunityFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = filtered(filter);
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(OpportunityOrder.NEWEST.after(SqlTime.utc(after.instant(0)), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<OpportunityRow> rows =
        where
            .query(jdbc, SELECT, OpportunityOrder.NEWEST.orderBy(), "limit :limit")
            .query(OpportunityDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.createdAt(), last.id()));
  }

  /** The cards of a pipeline's board, by expected close within each stage. */
  public List<OpportunityRow> board(UUID pipelineId, OpportunityFilter filter) {
    Where where = filtered(withPipeline(filter, pipelineId));
    where.param("limit", BOARD_LIMIT);
    return where
        .query(
            jdbc,
            SELECT,
            "order by o.stage_id, o.expected_close nulls last, o.created_at desc, o.id",
            "limit :limit")
        .query(OpportunityDirectory::row)
        .list();
  }

  /** Count, amount and weighted amount per stage and currency of a pipeline's board. */
  public List<StageTotal> totals(UUID pipelineId, OpportunityFilter filter) {
    return filtered(withPipeline(filter, pipelineId))
        .query(jdbc, TOTALS, "group by o.stage_id, o.currency order by o.currency")
        .query(
            (rs, n) ->
                new StageTotal(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  /** One opportunity the current user may see. */
  public Optional<OpportunityRow> find(UUID id) {
    return new Where()
        .and("o.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(OpportunityDirectory::row)
        .optional();
  }

  /** The stays of the opportunity in its stages, oldest first (call after {@link #find}). */
  public List<StageVisit> history(UUID id, Instant now) {
    List<Object[]> raw =
        jdbc.sql(HISTORY)
            .param("id", id)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      new LocalizedName(rs.getString(3), rs.getString(4)),
                      rs.getString(5) == null
                          ? null
                          : new LocalizedName(rs.getString(5), rs.getString(6)),
                      SqlTime.instant(rs.getObject(7, OffsetDateTime.class)),
                      rs.getString(8)
                    })
            .list();
    List<StageVisit> visits = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Object[] r = raw.get(i);
      Instant entered = (Instant) r[4];
      Instant left = i + 1 < raw.size() ? (Instant) raw.get(i + 1)[4] : null;
      visits.add(
          new StageVisit(
              (UUID) r[0],
              (String) r[1],
              (LocalizedName) r[2],
              (LocalizedName) r[3],
              entered,
              left,
              (String) r[5],
              Duration.between(entered, left == null ? now : left)));
    }
    return visits;
  }

  private Where filtered(OpportunityFilter filter) {
    Where where = new Where().and(access.visible());
    if (filter.pipelineId() != null) {
      where.and("o.pipeline_id = :pipelineId", "pipelineId", filter.pipelineId());
    }
    if (filter.stageId() != null) {
      where.and("o.stage_id = :stageId", "stageId", filter.stageId());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "o.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.ownerId() != null) {
      where.and("o.owner_id = :ownerId", "ownerId", filter.ownerId());
    }
    if (filter.customerId() != null) {
      where.and("o.customer_id = :customerId", "customerId", filter.customerId());
    }
    if (filter.closeFrom() != null) {
      where.and("o.expected_close >= :closeFrom", "closeFrom", filter.closeFrom());
    }
    if (filter.closeTo() != null) {
      where.and("o.expected_close <= :closeTo", "closeTo", filter.closeTo());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.and(
          "(lower(o.title) like :text "
              + Like.ESCAPE
              + " or lower(o.code) like :text "
              + Like.ESCAPE
              + " or o.customer_id in (select cc.id from customer_card_view cc where lower(cc.name) like :text "
              + Like.ESCAPE
              + "))",
          "text",
          Like.contains(filter.text().strip().toLowerCase(Locale.ROOT)));
    }
    return where;
  }

  private static OpportunityFilter withPipeline(OpportunityFilter f, UUID pipelineId) {
    return new OpportunityFilter(
        pipelineId,
        f.stageId(),
        f.statuses(),
        f.ownerId(),
        f.customerId(),
        f.closeFrom(),
        f.closeTo(),
        f.text());
  }

  static OpportunityRow row(ResultSet rs, int n) throws SQLException {
    String sourceCode = rs.getString(26);
    String reasonCode = rs.getString(33);
    Date close = rs.getDate(24);
    BigDecimal amount = rs.getBigDecimal(22);
    return new OpportunityRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, UUID.class),
        rs.getString(8),
        rs.getObject(9, UUID.class),
        rs.getString(10),
        rs.getObject(11, UUID.class),
        rs.getObject(12, UUID.class),
        rs.getString(13),
        new LocalizedName(rs.getString(14), rs.getString(15)),
        rs.getObject(16, UUID.class),
        rs.getString(17),
        new LocalizedName(rs.getString(18), rs.getString(19)),
        StageOutcome.valueOf(rs.getString(20)),
        OpportunityStatus.valueOf(rs.getString(21)),
        amount,
        rs.getString(23),
        close == null ? null : close.toLocalDate(),
        rs.getObject(25, UUID.class),
        sourceCode,
        sourceCode == null ? null : new LocalizedName(rs.getString(27), rs.getString(28)),
        rs.getString(29),
        rs.getInt(30),
        rs.getBoolean(31),
        rs.getObject(32, UUID.class),
        reasonCode,
        reasonCode == null ? null : new LocalizedName(rs.getString(34), rs.getString(35)),
        rs.getObject(36, UUID.class),
        rs.getString(37),
        instant(rs, 38),
        rs.getLong(39),
        instant(rs, 40),
        instant(rs, 41));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTime.instant(rs.getObject(column, OffsetDateTime.class));
  }

  /** The order of the list: newest first, then by id. */
  private enum OpportunityOrder implements SortKey {
    NEWEST(
        "order by o.created_at desc, o.id desc",
        "(o.created_at < :after0 or (o.created_at = :after0 and o.id < :after1))");

    private final String orderBy;
    private final String after;

    OpportunityOrder(String orderBy, String after) {
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
