package io.pyra.identity;

import io.pyra.identity.orgunit.OrgUnitRegions;
import io.pyra.identity.user.StaffImport;
import io.pyra.platform.query.InChunks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of identity: users and org units by id or name. */
@Service
@Transactional(readOnly = true)
public class IdentityApi {

  private final JdbcClient jdbc;
  private final OrgUnitRegions regions;
  private final ObjectProvider<StaffImport> staff;

  IdentityApi(JdbcClient jdbc, OrgUnitRegions regions, ObjectProvider<StaffImport> staff) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.staff = staff;
  }

  /**
   * For imports of staff (a sales team file): the org unit with this code, created as a branch
   * under the root, in the root's time zone, when there is none; an existing unit is left as it is.
   */
  @Transactional
  public OrgUnitId ensureBranch(String code, String name) {
    return new OrgUnitId(staff.getObject().branch(code, name));
  }

  /**
   * For imports of staff: the user with this username (lower case), created when missing with the
   * display name, unit, role (by code) and supervisor given, an e-mail {@code
   * <username>@import.pyra.local} and a random password an administrator resets; an existing user
   * is left as it is.
   */
  @Transactional
  public UserId ensureUser(
      String username, String displayName, OrgUnitId unit, String roleCode, UserId supervisor) {
    return new UserId(
        staff
            .getObject()
            .user(
                username,
                displayName,
                unit.value(),
                roleCode,
                supervisor == null ? null : supervisor.value()));
  }

  /**
   * The region (ISO 3166 alpha-2, e.g. CN, HK) in which the users of an org unit read a phone
   * number written without a country code: the unit's own, else its nearest ancestor's, else the
   * configured default ({@code PYRA_DEFAULT_REGION}), which is also the answer for null.
   */
  public String region(OrgUnitId orgUnitId) {
    return regions.of(orgUnitId == null ? null : orgUnitId.value());
  }

  public Optional<UserSummary> user(UserId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, username, display_name, org_unit_id, active from identity_user where id = ?")
        .param(id.value())
        .query(IdentityApi::userSummary)
        .optional();
  }

  public Optional<UserSummary> userByUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, username, display_name, org_unit_id, active from identity_user where lower(username) = lower(?)")
        .param(username.strip())
        .query(IdentityApi::userSummary)
        .optional();
  }

  /** The display names of the given users, by id (users that do not exist are left out). */
  public Map<UserId, String> displayNames(Collection<UserId> ids) {
    Map<UserId, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, display_name from identity_user where id in (:ids)")
        .param("ids", ids.stream().map(UserId::value).distinct().toList())
        .query((rs, n) -> names.put(new UserId(rs.getObject(1, UUID.class)), rs.getString(2)))
        .list();
    return names;
  }

  /** The names of the given org units, by id (units that do not exist are left out). */
  public Map<OrgUnitId, String> orgUnitNames(Collection<OrgUnitId> ids) {
    Map<OrgUnitId, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, name from identity_org_unit where id in (:ids)")
        .param("ids", ids.stream().map(OrgUnitId::value).distinct().toList())
        .query((rs, n) -> names.put(new OrgUnitId(rs.getObject(1, UUID.class)), rs.getString(2)))
        .list();
    return names;
  }

  /** All roles, by name and code. */
  public List<RoleSummary> roles() {
    return jdbc.sql("select id, code, name, system_role from identity_role order by name, code")
        .query(IdentityApi::roleSummary)
        .list();
  }

  public Optional<RoleSummary> role(RoleId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id, code, name, system_role from identity_role where id = ?")
        .param(id.value())
        .query(IdentityApi::roleSummary)
        .optional();
  }

  /** The role with this code, in any case. */
  public Optional<RoleSummary> roleByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, code, name, system_role from identity_role where upper(code) = upper(?)")
        .param(code.strip())
        .query(IdentityApi::roleSummary)
        .optional();
  }

  /** The ids of the roles the user holds. */
  public List<RoleId> roleIds(UserId userId) {
    if (userId == null) {
      return List.of();
    }
    return jdbc.sql("select role_id from identity_user_role where user_id = ?")
        .param(userId.value())
        .query((rs, n) -> new RoleId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The users who hold the role. */
  public Set<UserId> holders(RoleId roleId) {
    if (roleId == null) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql("select user_id from identity_user_role where role_id = ?")
            .param(roleId.value())
            .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
            .list());
  }

  public List<UserSummary> activeUsers() {
    return jdbc.sql(
            "select id, username, display_name, org_unit_id, active from identity_user where active order by display_name, id")
        .query(IdentityApi::userSummary)
        .list();
  }

  /** The supervisor of a user, if they have one (an escalation goes to them). */
  public Optional<UserId> supervisor(UserId userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select supervisor_id from identity_user where id = ? and supervisor_id is not null")
        .param(userId.value())
        .query(UUID.class)
        .optional()
        .map(UserId::new);
  }

  /**
   * Email, language, reminder choice and time zone of a user, for notices and for showing times.
   */
  public Optional<UserContact> contact(UserId userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select u.id, u.display_name, u.email, u.locale, u.email_reminders, o.time_zone
              from identity_user u join identity_org_unit o on o.id = u.org_unit_id
             where u.id = ?""")
        .param(userId.value())
        .query(IdentityApi::contactOf)
        .optional();
  }

  /**
   * The contacts ({@link #contact}) of the users, by user, a chunk a statement ({@link InChunks}).
   */
  public Map<UserId, UserContact> contacts(Collection<UserId> userIds) {
    List<UUID> ids =
        userIds.stream().filter(id -> id != null).map(UserId::value).distinct().toList();
    Map<UserId, UserContact> found = new HashMap<>();
    InChunks.read(
            ids,
            chunk ->
                jdbc.sql(
                        """
                        select u.id, u.display_name, u.email, u.locale, u.email_reminders,
                               o.time_zone
                          from identity_user u join identity_org_unit o on o.id = u.org_unit_id
                         where u.id in (:ids)""")
                    .param("ids", chunk)
                    .query(IdentityApi::contactOf)
                    .list())
        .forEach(contact -> found.put(contact.id(), contact));
    return found;
  }

  private static UserContact contactOf(ResultSet rs, int row) throws SQLException {
    return new UserContact(
        new UserId(rs.getObject(1, UUID.class)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getBoolean(5),
        ZoneId.of(rs.getString(6)));
  }

  /**
   * The active users holding the role (by code) whose org unit is {@code unit} or below it, e.g.
   * the technicians of a centre to tell of its bookings; at most 200, by name.
   */
  public List<UserId> activeUsersWithRole(String roleCode, OrgUnitId unit) {
    if (roleCode == null || unit == null) {
      return List.of();
    }
    return jdbc
        .sql(
            """
            select u.id from identity_user u
              join identity_org_unit o on o.id = u.org_unit_id
              join identity_org_unit c on c.id = ?
              join identity_user_role ur on ur.user_id = u.id
              join identity_role r on r.id = ur.role_id and r.code = ?
             where u.active and o.path like c.path || '%'
             order by u.display_name, u.id fetch first 200 rows only""")
        .params(unit.value(), roleCode)
        .query(UUID.class)
        .list()
        .stream()
        .map(UserId::new)
        .toList();
  }

  /**
   * The time zone of the user's org unit, in which their times are shown; UTC for an unknown user.
   */
  public ZoneId timeZone(UserId userId) {
    if (userId == null) {
      return ZoneId.of("UTC");
    }
    return jdbc.sql(
            """
            select o.time_zone from identity_user u join identity_org_unit o on o.id = u.org_unit_id where u.id = ?""")
        .param(userId.value())
        .query(String.class)
        .optional()
        .map(ZoneId::of)
        .orElse(ZoneId.of("UTC"));
  }

  public Optional<OrgUnitSummary> orgUnit(OrgUnitId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id, parent_id, code, name, path from identity_org_unit where id = ?")
        .param(id.value())
        .query(IdentityApi::orgUnitSummary)
        .optional();
  }

  /** The path ({@code /root/…/unit/}) of an org unit, for {@link Visibility}'s subtree checks. */
  public Optional<String> orgUnitPath(OrgUnitId id) {
    return orgUnit(id).map(OrgUnitSummary::path);
  }

  public Optional<OrgUnitSummary> orgUnitByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, parent_id, code, name, path from identity_org_unit where upper(code) = upper(?)")
        .param(code.strip())
        .query(IdentityApi::orgUnitSummary)
        .optional();
  }

  /**
   * The reach of {@code permission} for any user, not only the signed-in one (e.g. a supervisor
   * confirming an action on someone else's screen): the widest scope their roles grant, from their
   * org unit. Not granted for an unknown or deactivated user.
   */
  public Visibility visibility(UserId userId, String permission) {
    if (userId == null || permission == null) {
      return Visibility.none();
    }
    record Grant(UUID orgUnitId, String path, String scope) {}
    List<Grant> grants =
        jdbc.sql(
                """
            select u.org_unit_id, o.path, rp.scope
              from identity_user u
              join identity_org_unit o on o.id = u.org_unit_id
              left join identity_user_role ur on ur.user_id = u.id
              left join identity_role_permission rp on rp.role_id = ur.role_id and rp.permission_code = ?
             where u.id = ? and u.active""")
            .params(permission, userId.value())
            .query(
                (rs, n) -> new Grant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .list();
    Scope widest = null;
    for (Grant grant : grants) {
      if (grant.scope() != null) {
        widest = Scope.valueOf(grant.scope()).widest(widest);
      }
    }
    if (widest == null) {
      return Visibility.none();
    }
    return new Visibility(
        widest,
        userId,
        OrgUnitId.ofNullable(grants.getFirst().orgUnitId()),
        grants.getFirst().path(),
        this::orgUnitPath);
  }

  /** The time zone of the branch (an org unit of kind BRANCH: a centre); empty for another unit. */
  public Optional<ZoneId> branchTimeZone(OrgUnitId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select time_zone from identity_org_unit where id = ? and kind = 'BRANCH'")
        .param(id.value())
        .query(String.class)
        .optional()
        .map(ZoneId::of);
  }

  /** The time zone of each branch (an org unit of kind BRANCH: a centre). */
  public Map<OrgUnitId, ZoneId> branchTimeZones() {
    return jdbc
        .sql("select id, time_zone from identity_org_unit where kind = 'BRANCH'")
        .query((rs, n) -> Map.entry(new OrgUnitId(rs.getObject(1, UUID.class)), rs.getString(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> ZoneId.of(e.getValue())));
  }

  /** The branches (org units of kind BRANCH: the centres), in tree order. */
  public List<OrgUnitSummary> branches() {
    return jdbc.sql(
            "select id, parent_id, code, name, path from identity_org_unit where kind = 'BRANCH'"
                + " order by path")
        .query(IdentityApi::orgUnitSummary)
        .list();
  }

  /** All org units in tree order. */
  public List<OrgUnitSummary> orgUnits() {
    return jdbc.sql("select id, parent_id, code, name, path from identity_org_unit order by path")
        .query(IdentityApi::orgUnitSummary)
        .list();
  }

  private static UserSummary userSummary(ResultSet rs, int row) throws SQLException {
    return new UserSummary(
        new UserId(rs.getObject("id", UUID.class)),
        rs.getString("username"),
        rs.getString("display_name"),
        OrgUnitId.ofNullable(rs.getObject("org_unit_id", UUID.class)),
        rs.getBoolean("active"));
  }

  private static OrgUnitSummary orgUnitSummary(ResultSet rs, int row) throws SQLException {
    return new OrgUnitSummary(
        new OrgUnitId(rs.getObject("id", UUID.class)),
        OrgUnitId.ofNullable(rs.getObject("parent_id", UUID.class)),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("path"));
  }

  private static RoleSummary roleSummary(ResultSet rs, int row) throws SQLException {
    return new RoleSummary(
        new RoleId(rs.getObject("id", UUID.class)),
        rs.getString("code"),
        rs.getString("name"),
        rs.getBoolean("system_role"));
  }
}
