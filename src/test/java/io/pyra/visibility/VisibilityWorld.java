package io.pyra.visibility;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The company the matrix runs in: branch A with a team below it, and branch B beside it. One user
 * per shipped role (every system role the migrations create) works in branch A; each has a customer
 * of their own. Three more customers belong to a colleague in branch A, to a member of the team,
 * and to someone in branch B. Every customer has a contact, a contact record, a task and a job, all
 * named with words found nowhere else, so that a response naming any of them is seen.
 */
final class VisibilityWorld {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  /** Where a customer stands from an actor's seat. */
  enum Place {
    /** Owned by the actor, in the actor's unit. */
    OWN,
    /** Owned by a colleague in the actor's unit. */
    COLLEAGUE,
    /** In a unit below the actor's. */
    SUBUNIT,
    /** In another branch. */
    OTHER
  }

  /**
   * A customer and its linked records, with every text that must not reach someone who may not read
   * it.
   */
  record Target(
      Place place,
      String id,
      String code,
      String name,
      String phone,
      String email,
      UUID ownerId,
      UUID orgUnitId,
      String contactId,
      String contactName,
      String contactEmail,
      String recordId,
      String subject,
      String taskId,
      String taskTitle,
      String jobId,
      String jobName,
      String street,
      String spareId) {

    /** The texts that identify this customer or its records. */
    List<String> secrets() {
      return List.of(
          id,
          code,
          name,
          phone,
          email,
          contactId,
          contactName,
          contactEmail,
          recordId,
          subject,
          taskId,
          taskTitle,
          jobId,
          jobName,
          street);
    }
  }

  /** A signed-in user of one shipped role, with the scope of each permission the role grants. */
  record Actor(
      String role, UserAccount user, Map<String, Scope> grants, ApiClient api, PageClient pages) {

    UUID id() {
      return user.id();
    }
  }

  final OrgUnit branchA;
  final OrgUnit teamA;
  final OrgUnit branchB;
  final List<Actor> actors = new ArrayList<>();

  /** The customer each actor owns, by role. */
  final Map<String, Target> own = new LinkedHashMap<>();

  final Map<Place, Target> shared = new LinkedHashMap<>();

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;
  private final ApiClient admin;

  VisibilityWorld(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
    this.admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    branchA = org.branch();
    teamA = org.unit(branchA, OrgUnitKind.TEAM);
    branchB = org.branch();
    for (String role : shippedRoles()) {
      UserAccount user = user(branchA, role);
      actors.add(
          new Actor(
              role,
              user,
              grants(role),
              new ApiClient(port).signIn(user.username(), PASSWORD),
              new PageClient(port).signIn(user.username(), PASSWORD)));
      own.put(role, target(Place.OWN, user, branchA));
    }
    shared.put(Place.COLLEAGUE, target(Place.COLLEAGUE, user(branchA, "FRONT_DESK"), branchA));
    shared.put(Place.SUBUNIT, target(Place.SUBUNIT, user(teamA, "FRONT_DESK"), teamA));
    shared.put(Place.OTHER, target(Place.OTHER, user(branchB, "FRONT_DESK"), branchB));
  }

  Target target(Actor actor, Place place) {
    return place == Place.OWN ? own.get(actor.role()) : shared.get(place);
  }

  /**
   * Whether the actor's scope for {@code permission} reaches the target: the rule of identity's
   * scopes.
   */
  boolean reaches(Actor actor, String permission, Target target) {
    Scope scope = actor.grants().get(permission);
    if (scope == null) {
      return false;
    }
    return switch (scope) {
      case ALL -> true;
      case SUBTREE ->
          target.orgUnitId().equals(branchA.id()) || target.orgUnitId().equals(teamA.id());
      case ORG_UNIT -> target.orgUnitId().equals(branchA.id());
      case OWN -> target.ownerId().equals(actor.id());
    };
  }

  ApiClient admin() {
    return admin;
  }

  int port() {
    return port;
  }

  private List<String> shippedRoles() {
    return jdbc.sql("select code from identity_role where system_role order by code")
        .query(String.class)
        .list();
  }

  private Map<String, Scope> grants(String role) {
    Map<String, Scope> grants = new HashMap<>();
    jdbc.sql(
            """
            select rp.permission_code, rp.scope from identity_role_permission rp
              join identity_role r on r.id = rp.role_id where r.code = ?""")
        .param(role)
        .query(
            (rs, n) -> grants.merge(rs.getString(1), Scope.valueOf(rs.getString(2)), Scope::widest))
        .list();
    return grants;
  }

  private Target target(Place place, UserAccount owner, OrgUnit unit) {
    String word = place.name().toLowerCase(Locale.ROOT) + word();
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String email = "mx" + word + "@matrix.example";
    String street = "Street " + word();
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", "Mx " + word);
    body.put("phones", List.of(Map.of("number", phone, "label", "mobile")));
    body.put("emails", List.of(Map.of("address", email)));
    body.put("address", Map.of("city", "Ningbo", "street", street));
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    JsonNode customer = created(admin.post("/api/v1/customers", body));
    String id = customer.get("id").asString();
    String contactName = "Kx " + word();
    String contactEmail = "kx" + word() + "@matrix.example";
    String contactId =
        created(
                admin.post(
                    "/api/v1/customers/" + id + "/contacts",
                    Map.of("name", contactName, "email", contactEmail)))
            .get("id")
            .asString();
    String subject = "Sx " + word();
    Map<String, Object> record = new HashMap<>();
    record.put("customerId", id);
    record.put("type", "CONSULTATION");
    record.put("channel", "PHONE");
    record.put("direction", "OUTBOUND");
    record.put("subject", subject);
    record.put(
        "occurredAt",
        Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString());
    String recordId = created(admin.post("/api/v1/interactions", record)).get("id").asString();
    String taskTitle = "Tx " + word();
    String taskId =
        created(
                admin.post(
                    "/api/v1/tasks",
                    Map.of(
                        "title",
                        taskTitle,
                        "type",
                        "CALL_BACK",
                        "customerId",
                        id,
                        "dueAt",
                        Instant.now()
                            .plus(Duration.ofDays(2))
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())))
            .get("id")
            .asString();
    String jobName = "Jx " + word();
    String jobId =
        created(
                admin.post(
                    "/api/v1/jobs",
                    Map.of(
                        "customerId",
                        id,
                        "name",
                        jobName,
                        "country",
                        "HK",
                        "office",
                        "Central",
                        "serviceCategory",
                        "CONSULTING")))
            .get("id")
            .asString();
    // a second customer of the same owner and unit, to merge into the target (never actually
    // merged)
    Map<String, Object> spare = new HashMap<>(body);
    spare.put("name", "Mx spare " + word());
    spare.put("phones", List.of());
    spare.put("emails", List.of());
    spare.put("address", Map.of("city", "Ningbo"));
    String spareId = created(admin.post("/api/v1/customers", spare)).get("id").asString();
    return new Target(
        place,
        id,
        customer.get("code").asString(),
        "Mx " + word,
        phone,
        email,
        owner.id(),
        unit.id(),
        contactId,
        contactName,
        contactEmail,
        recordId,
        subject,
        taskId,
        taskTitle,
        jobId,
        jobName,
        street,
        spareId);
  }

  private static JsonNode created(ApiClient.Response response) {
    if (response.status() != 201) {
      throw new IllegalStateException(
          "setting up the matrix failed: " + response.status() + " " + response.body());
    }
    return response.json();
  }

  private UserAccount user(OrgUnit unit, String role) {
    return org.member(unit).roles(role).usernameStartingWith("vm").create();
  }

  /** A word no other record carries (letters only, so that no search splits it). */
  private static String word() {
    StringBuilder word = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** The database, for records that have no API of their own yet (orders, inserted with SQL). */
  JdbcClient jdbc() {
    return jdbc;
  }
}
