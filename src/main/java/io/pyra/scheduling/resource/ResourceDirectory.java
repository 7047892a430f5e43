package io.pyra.scheduling.resource;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.Where;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources the current user may see ({@code resource.read} over their centre, in the
 * statement): the list (filtered, by code, paged by a cursor holding the last code), one resource,
 * and an instructor's courses. Statements are built from fixed fragments; every value is bound.
 */
@Component
@Transactional(readOnly = true)
public class ResourceDirectory {

  public static final int MAX_LIMIT = 200;

  private static final String SELECT =
      """
      select r.id, r.kind, r.code, r.name, r.org_unit_id, ou.name, r.capacity, r.equipment,
             r.user_id, u.display_name, r.skills, r.note, r.active, r.version, r.created_at,
             r.updated_at
        from scheduling_resource r
        left join identity_org_unit_view ou on ou.id = r.org_unit_id
        left join identity_user_view u on u.id = r.user_id
       where\s""";

  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("resource", String.class).refusedWith("resource.cursor.invalid");

  private final JdbcClient jdbc;
  private final ResourceAccess access;
  private final IdentityApi identity;
  private final SalesApi sales;

  ResourceDirectory(JdbcClient jdbc, ResourceAccess access, IdentityApi identity, SalesApi sales) {
    this.jdbc = jdbc;
    this.access = access;
    this.identity = identity;
    this.sales = sales;
  }

  public Slice<ResourceRow> search(ResourceFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = filtered(filter);
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      String code = after.string(0);
      if (code == null) {
        throw CURSOR.refusal();
      }
      where.and("r.code > :afterCode", "afterCode", code);
    }
    where.param("limit", size + 1);
    List<ResourceRow> rows =
        where
            .query(jdbc, SELECT, "order by r.code", "limit :limit")
            .query(ResourceDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.code()));
  }

  /** One resource the current user may see. */
  public Optional<ResourceRow> find(UUID id) {
    return new Where()
        .and("r.id = :id", "id", id)
        .and(access.visible())
        .query(jdbc, SELECT)
        .query(ResourceDirectory::row)
        .optional();
  }

  /** The courses an instructor teaches (catalogue products), by code. */
  public List<CatalogueItem> courses(UUID resourceId) {
    return jdbc
        .sql("select product_id from scheduling_instructor_course where resource_id = :id")
        .param("id", resourceId)
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> sales.catalogueItem(new CatalogueItemId(id)))
        .flatMap(Optional::stream)
        .sorted(java.util.Comparator.comparing(CatalogueItem::code))
        .toList();
  }

  private Where filtered(ResourceFilter filter) {
    Where where = new Where().and(access.visible());
    if (filter.orgUnitId() != null) {
      OrgUnitSummary unit =
          identity
              .orgUnit(new OrgUnitId(filter.orgUnitId()))
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "orgUnitId", "not-found", "resource.orgUnit.not-found"));
      where.and(unit.subtree("r.org_unit_id"));
    }
    if (filter.kind() != null) {
      where.and("r.kind = :kind", "kind", filter.kind().name());
    }
    if (filter.active() != null) {
      where.and("r.active = :active", "active", filter.active());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.and(
          "(lower(r.name) like :text "
              + Like.ESCAPE
              + " or lower(r.code) like :text "
              + Like.ESCAPE
              + ")",
          "text",
          Like.contains(filter.text().strip().toLowerCase(Locale.ROOT)));
    }
    return where;
  }

  static ResourceRow row(ResultSet rs, int n) throws SQLException {
    Object capacity = rs.getObject(7);
    return new ResourceRow(
        rs.getObject(1, UUID.class),
        ResourceKind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, UUID.class),
        rs.getString(6),
        capacity == null ? null : ((Number) capacity).intValue(),
        rs.getString(8),
        rs.getObject(9, UUID.class),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getBoolean(13),
        rs.getLong(14),
        SqlTime.instant(rs.getObject(15, OffsetDateTime.class)),
        SqlTime.instant(rs.getObject(16, OffsetDateTime.class)));
  }
}
