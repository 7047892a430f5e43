package io.pyra.identity.user;

import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.QueryPart;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
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

  private static final String SELECT =
      """
      select u.id, u.username, u.display_name, u.email, u.phone, u.org_unit_id, o.name as org_unit_name,
             o.path as org_unit_path, u.supervisor_id, u.locale, u.active, u.version
        from identity_user u join identity_org_unit o on o.id = u.org_unit_id
       where\s""";

  private final JdbcClient jdbc;

  UserDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} users after {@code cursor} (null: from the start) that the viewer may see.
   */
  public UserSlice search(UserFilter filter, Visibility visibility, String cursor, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    restrictTo(visibility, conditions, params);
    if (filter.text() != null) {
      conditions.add(
          "(lower(u.display_name) like :text escape '\\' or lower(u.username) like :text escape '\\'"
              + " or lower(u.email) like :text escape '\\')");
      params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.orgUnitId() != null) {
      conditions.add(
          "o.path like ((select f.path from identity_org_unit f where f.id = :filterUnit) || '%')");
      params.put("filterUnit", filter.orgUnitId());
    }
    if (filter.roleId() != null) {
      conditions.add(
          "exists (select 1 from identity_user_role fr where fr.user_id = u.id and fr.role_id = :filterRole)");
      params.put("filterRole", filter.roleId());
    }
    if (filter.active() != null) {
      conditions.add("u.active = :active");
      params.put("active", filter.active());
    }
    if (cursor != null && !cursor.isBlank()) {
      Cursor after = Cursor.decode(cursor);
      conditions.add(
          "(u.display_name > :afterName or (u.display_name = :afterName and u.id > :afterId))");
      params.put("afterName", after.name());
      params.put("afterId", after.id());
    }
    params.put("limit", size + 1);
    // the conditions are constants of this class; only their parameters come from the request
    List<UserRow> rows =
        jdbc.sql(
                SELECT
                    + String.join(" and ", conditions)
                    + " order by u.display_name, u.id limit :limit")
            .params(params)
            .query(UserDirectory::row)
            .list();
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      UserRow last = rows.get(size - 1);
      next = new Cursor(last.displayName(), last.id()).encode();
    }
    return new UserSlice(withRoles(rows), next);
  }

  /** The user, if the viewer may see them. */
  public Optional<UserRow> find(UUID id, Visibility visibility) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    restrictTo(visibility, conditions, params);
    conditions.add("u.id = :id");
    params.put("id", id);
    List<UserRow> rows =
        jdbc.sql(SELECT + String.join(" and ", conditions))
            .params(params)
            .query(UserDirectory::row)
            .list();
    return withRoles(rows).stream().findFirst();
  }

  /** The path of an org unit ({@code /root/…/unit/}), if it exists. */
  public Optional<String> orgUnitPath(UUID orgUnitId) {
    return jdbc.sql("select path from identity_org_unit where id = ?")
        .param(orgUnitId)
        .query(String.class)
        .optional();
  }

  private static void restrictTo(
      Visibility visibility, List<String> conditions, Map<String, Object> params) {
    QueryPart visible = visibility.condition("u.id", "u.org_unit_id");
    conditions.add(visible.sql());
    params.putAll(visible.params());
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

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The position after the last user of a page: their name and id, base64url-encoded. */
  private record Cursor(String name, UUID id) {

    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((name + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text) {
      try {
        String plain =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        int split = plain.lastIndexOf('\n');
        return new Cursor(plain.substring(0, split), UUID.fromString(plain.substring(split + 1)));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new BusinessRuleException("cursor", "invalid", "validation.invalid", "cursor");
      }
    }
  }
}
