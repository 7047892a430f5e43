package io.pyra.testing;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Org units and the staff who work in them, for integration tests that share one database: every
 * code and username is new, so tests never meet each other's units or users. Units and users are
 * made through identity's services, as an administrator would make them.
 *
 * <pre>{@code
 * OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
 * OrgUnit branch = org.branch();
 * UserAccount consultant = org.user(branch, "COURSE_CONSULTANT");
 * UserAccount principal = org.member(branch).roles("CENTRE_PRINCIPAL").speaking("zh-CN").create();
 * new ApiClient(port).signIn(consultant.username(), OrgFixtures.PASSWORD);
 * }</pre>
 */
public final class OrgFixtures {

  /** The password of every user made here. */
  public static final String PASSWORD = "Sunny-Garden-42";

  /** The time zone of new units unless a test names another. */
  public static final String TIME_ZONE = "Asia/Shanghai";

  private final OrgUnitService orgUnits;
  private final UserService users;
  private final RoleService roles;

  public OrgFixtures(OrgUnitService orgUnits, UserService users, RoleService roles) {
    this.orgUnits = orgUnits;
    this.users = users;
    this.roles = roles;
  }

  /** A fresh code such as {@code T_1A2B3C4D}, valid for org units and roles alike. */
  public static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** The company: the unit at the top of the tree, which the migrations create. */
  public OrgUnit root() {
    return orgUnits.tree().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
  }

  /** A new branch under the company. */
  public OrgUnit branch() {
    return branch(TIME_ZONE);
  }

  /** A new branch under the company, in the given time zone. */
  public OrgUnit branch(String timeZone) {
    return unit(root().id(), OrgUnitKind.BRANCH, timeZone);
  }

  /** A new unit under {@code parent}: a branch under the company, a team further down. */
  public OrgUnit unit(OrgUnit parent) {
    return unit(parent, parent.parentId() == null ? OrgUnitKind.BRANCH : OrgUnitKind.TEAM);
  }

  public OrgUnit unit(OrgUnit parent, OrgUnitKind kind) {
    return unit(parent.id(), kind, TIME_ZONE);
  }

  /** A new unit of {@code kind} under the unit {@code parentId}, named after its fresh code. */
  public OrgUnit unit(UUID parentId, OrgUnitKind kind, String timeZone) {
    String code = code("T");
    return orgUnits.create(new SaveOrgUnit(parentId, kind, code, "Unit " + code, timeZone, null));
  }

  /** A new active, English-speaking user of {@code unit} holding the shipped roles. */
  public UserAccount user(OrgUnit unit, String... roleCodes) {
    return member(unit).roles(roleCodes).create();
  }

  /**
   * A new active, English-speaking user of the unit {@code orgUnitId} holding the shipped roles.
   */
  public UserAccount user(UUID orgUnitId, String... roleCodes) {
    return member(orgUnitId).roles(roleCodes).create();
  }

  /** A user of {@code unit} to describe further before {@link NewMember#create() creating} it. */
  public NewMember member(OrgUnit unit) {
    return member(unit.id());
  }

  public NewMember member(UUID orgUnitId) {
    return new NewMember(orgUnitId);
  }

  /**
   * A user about to join: active, speaking English, without roles, named {@code u…} unless told
   * otherwise. The display name is always {@code "Staff " + username}.
   */
  public final class NewMember {

    private final UUID orgUnitId;
    private final Set<UUID> roleIds = new LinkedHashSet<>();
    private String usernamePrefix = "u";
    private String locale = "en";
    private boolean active = true;

    private NewMember(UUID orgUnitId) {
      this.orgUnitId = orgUnitId;
    }

    /** Grants these shipped (or test-made) roles by code. */
    public NewMember roles(String... roleCodes) {
      Arrays.stream(roleCodes).map(code -> roles.byCode(code).id()).forEach(roleIds::add);
      return this;
    }

    /** Grants these roles by id. */
    public NewMember roleIds(UUID... ids) {
      roleIds.addAll(List.of(ids));
      return this;
    }

    /** Pages in {@code locale} ({@code en} or {@code zh-CN}). */
    public NewMember speaking(String locale) {
      this.locale = locale;
      return this;
    }

    public NewMember active(boolean active) {
      this.active = active;
      return this;
    }

    /** Usernames start with {@code prefix}, e.g. to tell a suite's users apart in a list. */
    public NewMember usernameStartingWith(String prefix) {
      this.usernamePrefix = prefix;
      return this;
    }

    public UserAccount create() {
      String username = usernamePrefix + UUID.randomUUID().toString().substring(0, 8);
      return users.create(
          new SaveUser(
              username,
              "Staff " + username,
              username + "@example.com",
              null,
              orgUnitId,
              null,
              locale,
              Set.copyOf(roleIds),
              active,
              PASSWORD,
              null));
    }
  }
}
