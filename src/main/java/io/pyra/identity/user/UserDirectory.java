package io.pyra.identity.user;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds users for lists, pickers and the API, always within a viewer's {@link Visibility}: ordered
 * by name then id, paged by an opaque cursor (keyset), never counting the whole table.
 */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

  public static final int MAX_LIMIT = 200;

  /** The position after the last user of a page: their name and id. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("user", String.class, UUID.class);

  private static final String SELECT =
      """
      select u.id, u.username, u.display_name, u.email, u.phone, u.org_unit_id, o.name as org_unit_name,
             o.path as org_unit_path, u.supervisor_id, u.locale, u.active, u.version
        from identity_user u join identity_org_unit o on o.id = u.org_unit_id
       where\s""";

  private final JdbcClient jdbc;
  private final IdentityApi identity;

  UserDirectory(JdbcClient jdbc, IdentityApi identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * Up to {@code limit} users after {@code cursor} (null: from the start) that the viewer may see.
   */
  public Slice<UserRow> search(UserFilter filter, Visibility visibility, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where();
    restrictTo(visibility, where);
    if (filter.text() != null) {
      where.and(
          "(lower(u.display_name) like :text "
              + Like.ESCAPE
              + " or lower(u.username) like :text "
              + Like.ESCAPE
              + " or lower(u.email) like :text "
              + Like.ESCAPE
              + ")",
          "text",
          Like.contains(filter.text().toLowerCase(Locale.ROOT)));
    }
    if (filter.orgUnitId() != null) {
      // the unit and the units below it; an unknown unit matches nothing
      where.and(
          identity
              .orgUnit(new OrgUnitId(filter.orgUnitId()))
              .map(unit -> unit.subtree("u.org_unit_id"))
              .orElse(QueryPart.NEVER));
    }
    if (filter.roleId() != null) {
      where.and(
          "exists (select 1 from identity_user_role fr where fr.user_id = u.id and fr.role_id = :filterRole)",
          "filterRole",
          filter.roleId());
    }
    if (filter.active() != null) {
      where.and("u.active = :active", "active", filter.active());
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(UserOrder.NAME.after(after.string(0), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<UserRow> rows =
        where
            .query(jdbc, SELECT, UserOrder.NAME.orderBy(), "limit :limit")
            .query(UserDirectory::row)
            .list();
    Slice<UserRow> slice =
        Slice.of(rows, size, last -> CURSOR.encode(last.displayName(), last.id()));
    return new Slice<>(withRoles(slice.items()), slice.nextCursor());
  }

  /** The user, if the viewer may see them. */
  public Optional<UserRow> find(UUID id, Visibility visibility) {
    Where where = new Where();
    restrictTo(visibility, where);
    where.and("u.id = :id", "id", id);
    List<UserRow> rows = where.query(jdbc, SELECT).query(UserDirectory::row).list();
    return withRoles(rows).stream().findFirst();
  }

  /** The path of an org unit ({@code /root/…/unit/}), if it exists. */
  public Optional<String> orgUnitPath(UUID orgUnitId) {
    return jdbc.sql("select path from identity_org_unit where id = ?")
        .param(orgUnitId)
        .query(String.class)
        .optional();
  }

  private static void restrictTo(Visibility visibility, Where where) {
    where.and(visibility.condition("u.id", "u.org_unit_id"));
  }

  private List<UserRow> withRoles(List<UserRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<UUID, List<UserRow.RoleRef>> roles = new LinkedHashMap<>();
    jdbc.sql(
            """
            select ur.user_id, r.id, r.code, r.name
              from identity_user_role ur join identity_role r on r.id = ur.role_id
             where ur.user_id in (:ids)
             order by r.name, r.id""")
        .param("ids", rows.stream().map(UserRow::id).toList())
        .query(
            (rs, n) -> {
              roles
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new UserRow.RoleRef(
                          rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
              return null;
            })
        .list();
    return rows.stream().map(r -> r.withRoles(roles.getOrDefault(r.id(), List.of()))).toList();
  }

  private static UserRow row(ResultSet rs, int n) throws SQLException {
    return new UserRow(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getObject("org_unit_id", UUID.class),
        rs.getString("org_unit_name"),
        rs.getString("org_unit_path"),
        rs.getObject("supervisor_id", UUID.class),
        rs.getString("locale"),
        rs.getBoolean("active"),
        rs.getLong("version"),
        List.of());
  }

  /** The order of the list: by name, then id. */
  private enum UserOrder implements SortKey {
    NAME(
        "order by u.display_name, u.id",
        "(u.display_name > :after0 or (u.display_name = :after0 and u.id > :after1))");

    private final String orderBy;
    private final String after;

    UserOrder(String orderBy, String after) {
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
