package io.pyra.marketing.lead;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads the current user may see ({@code lead.read} over owner and org unit, in the statement):
 * the list (filtered, newest first, paged by a cursor holding the creation time and id of the last
 * row) and one lead. Statements are built from fixed fragments; every value is a bound parameter.
 */
@Component
@Transactional(readOnly = true)
public class LeadDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select l.id, l.source, l.campaign_id, m.code, m.name, l.name, l.phone, l.phone_other, l.email,
             l.interest_product_id, l.interest_category_id, l.centre_id, cu.name, l.notes, l.status,
             l.disqualify_reason, l.disqualify_note, l.consent_email, l.consent_sms, l.consent_phone,
             l.consent_at, l.customer_id, l.opportunity_id, l.owner_id, u.display_name, l.org_unit_id,
             ou.name, l.version, l.created_at, l.updated_at, l.converted_at
        from marketing_lead l
        left join marketing_campaign m on m.id = l.campaign_id
        left join identity_user_view u on u.id = l.owner_id
        left join identity_org_unit_view ou on ou.id = l.org_unit_id
        left join identity_org_unit_view cu on cu.id = l.centre_id
       where\s""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("lead", Instant.class, UUID.class).refusedWith("lead.cursor.invalid");

  private final JdbcClient jdbc;
  private final LeadAccess access;
  private final SalesApi sales;

  LeadDirectory(JdbcClient jdbc, LeadAccess access, SalesApi sales) {
    this.jdbc = jdbc;
    this.access = access;
    this.sales = sales;
  }

  public Slice<LeadRow> search(LeadFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = filtered(filter);
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      Instant at = after.get(0, Instant.class);
      UUID id = after.uuid(1);
      if (at == null || id == null) {
        throw CURSOR.refusal();
      }
      where.and(LeadOrder.NEWEST.after(SqlTime.utc(at), id));
    }
    where.param("limit", size + 1);
    List<LeadRow> rows =
        where
            .query(jdbc, SELECT, LeadOrder.NEWEST.orderBy(), "limit :limit")
            .query(LeadDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.createdAt(), last.id()));
  }

  /** One lead the current user may see, with its interest's name. */
  public Optional<LeadRow> find(UUID id) {
    return new Where()
        .and("l.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(LeadDirectory::row)
        .optional()
        .map(
            row ->
                row.interestId() == null
                    ? row
                    : row.withInterestName(
                        sales
                            .catalogueItem(new CatalogueItemId(row.interestId()))
                            .map(CatalogueItem::name)
                            .orElse(null)));
  }

  private Where filtered(LeadFilter filter) {
    Where where = new Where().and(access.visible());
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "l.status in (:statuses)",
          "statuses",
          filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.campaignId() != null) {
      where.and("l.campaign_id = :campaignId", "campaignId", filter.campaignId());
    }
    if (filter.source() != null) {
      where.and("l.source = :source", "source", filter.source().name());
    }
    if (filter.centreId() != null) {
      where.and("l.centre_id = :centreId", "centreId", filter.centreId());
    }
    if (filter.ownerId() != null) {
      where.and("l.owner_id = :ownerId", "ownerId", filter.ownerId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.and(
          "(lower(l.name) like :text "
              + Like.ESCAPE
              + " or l.email like :text "
              + Like.ESCAPE
              + " or l.phone like :text "
              + Like.ESCAPE
              + ")",
          "text",
          Like.contains(filter.text().strip().toLowerCase(Locale.ROOT)));
    }
    return where;
  }

  static LeadRow row(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString(16);
    return new LeadRow(
        rs.getObject(1, UUID.class),
        LeadSource.valueOf(rs.getString(2)),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, UUID.class),
        rs.getObject(11, UUID.class),
        null,
        rs.getObject(12, UUID.class),
        rs.getString(13),
        rs.getString(14),
        LeadStatus.valueOf(rs.getString(15)),
        reason == null ? null : DisqualifyReason.valueOf(reason),
        rs.getString(17),
        rs.getBoolean(18),
        rs.getBoolean(19),
        rs.getBoolean(20),
        instant(rs, 21),
        rs.getObject(22, UUID.class),
        rs.getObject(23, UUID.class),
        rs.getObject(24, UUID.class),
        rs.getString(25),
        rs.getObject(26, UUID.class),
        rs.getString(27),
        rs.getLong(28),
        instant(rs, 29),
        instant(rs, 30),
        instant(rs, 31));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : SqlTime.instant(value);
  }

  /** The order of the list: newest first, then by id. */
  private enum LeadOrder implements SortKey {
    NEWEST(
        "order by l.created_at desc, l.id desc",
        "(l.created_at < :after0 or (l.created_at = :after0 and l.id < :after1))");

    private final String orderBy;
    private final String after;

    LeadOrder(String orderBy, String after) {
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
