package io.pyra.marketing.campaign;

import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns the current user may see ({@code campaign.read} over owner and org unit, in the
 * statement): the list (filtered, latest start first, paged by a cursor holding the start day and
 * id of the last row), one campaign, and its actual costs. Statements are built from fixed
 * fragments; every value is a bound parameter.
 */
@Component
@Transactional(readOnly = true)
public class CampaignDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select m.id, m.code, m.name, m.channel_id, ch.code, ch.name_en, ch.name_zh, m.budget_amount,
             m.budget_currency, m.starts_on, m.ends_on, m.audience, m.audience_org_unit_id, au.name,
             m.owner_id, u.display_name, m.org_unit_id, ou.name, m.status, m.version, m.created_at,
             m.updated_at
        from marketing_campaign m
        join marketing_channel ch on ch.id = m.channel_id
        left join identity_user_view u on u.id = m.owner_id
        left join identity_org_unit_view ou on ou.id = m.org_unit_id
        left join identity_org_unit_view au on au.id = m.audience_org_unit_id
       where\s""";

  private static final String COSTS =
      """
      select k.id, k.spent_on, k.amount, k.currency, k.note, u.display_name, k.created_at
        from marketing_campaign_cost k
        left join identity_user_view u on u.id = k.created_by
       where k.campaign_id = :id
       order by k.spent_on desc, k.created_at desc, k.id desc""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("campaign", LocalDate.class, UUID.class)
          .refusedWith("campaign.cursor.invalid");

  private final JdbcClient jdbc;
  private final CampaignAccess access;

  CampaignDirectory(JdbcClient jdbc, CampaignAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public Slice<CampaignRow> search(CampaignFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = filtered(filter);
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      LocalDate day = after.get(0, LocalDate.class);
      UUID id = after.uuid(1);
      if (day == null || id == null) {
        throw CURSOR.refusal();
      }
      where.and(CampaignOrder.LATEST_START.after(day, id));
    }
    where.param("limit", size + 1);
    List<CampaignRow> rows =
        where
            .query(jdbc, SELECT, CampaignOrder.LATEST_START.orderBy(), "limit :limit")
            .query(CampaignDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.startsOn(), last.id()));
  }

  /** One campaign the current user may see. */
  public Optional<CampaignRow> find(UUID id) {
    return new Where()
        .and("m.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(CampaignDirectory::row)
        .optional();
  }

  /** The actual costs of a campaign, latest first (call after {@link #find}). */
  public List<CostRow> costs(UUID campaignId) {
    return jdbc.sql(COSTS)
        .param("id", campaignId)
        .query(
            (rs, n) ->
                new CostRow(
                    rs.getObject(1, UUID.class),
                    rs.getDate(2).toLocalDate(),
                    money(rs.getBigDecimal(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    SqlTime.instant(rs.getObject(7, OffsetDateTime.class))))
        .list();
  }

  /** The campaign's budget against its actual costs. */
  public Spending spending(CampaignRow campaign) {
    return Spending.of(campaign.budgetAmount(), campaign.budgetCurrency(), costs(campaign.id()));
  }

  private Where filtered(CampaignFilter filter) {
    Where where = new Where().and(access.visible());
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "m.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.channelId() != null) {
      where.and("m.channel_id = :channelId", "channelId", filter.channelId());
    }
    if (filter.ownerId() != null) {
      where.and("m.owner_id = :ownerId", "ownerId", filter.ownerId());
    }
    if (filter.orgUnitId() != null) {
      where.and("m.org_unit_id = :orgUnitId", "orgUnitId", filter.orgUnitId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.and(
          "(lower(m.name) like :text "
              + Like.ESCAPE
              + " or lower(m.code) like :text "
              + Like.ESCAPE
              + ")",
          "text",
          Like.contains(filter.text().strip().toLowerCase(Locale.ROOT)));
    }
    return where;
  }

  static CampaignRow row(ResultSet rs, int n) throws SQLException {
    Date ends = rs.getDate(11);
    return new CampaignRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        new LocalizedName(rs.getString(6), rs.getString(7)),
        money(rs.getBigDecimal(8)),
        rs.getString(9),
        rs.getDate(10).toLocalDate(),
        ends == null ? null : ends.toLocalDate(),
        rs.getString(12),
        rs.getObject(13, UUID.class),
        rs.getString(14),
        rs.getObject(15, UUID.class),
        rs.getString(16),
        rs.getObject(17, UUID.class),
        rs.getString(18),
        CampaignStatus.valueOf(rs.getString(19)),
        rs.getLong(20),
        SqlTime.instant(rs.getObject(21, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(22, OffsetDateTime.class)));
  }

  /** Amounts are kept with at most two decimals: shown with two. */
  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The order of the list: latest start first, then by id. */
  private enum CampaignOrder implements SortKey {
    LATEST_START(
        "order by m.starts_on desc, m.id desc",
        "(m.starts_on < :after0 or (m.starts_on = :after0 and m.id < :after1))");

    private final String orderBy;
    private final String after;

    CampaignOrder(String orderBy, String after) {
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
