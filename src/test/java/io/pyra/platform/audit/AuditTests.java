package io.pyra.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.identity.Scope;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.security.PyraPrincipal;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

@PyraIntegrationTest
class AuditTests {

  static final UUID ADMINISTRATOR = UUID.fromString("00000000-0000-7000-8000-000000000001");
  static final UUID FRONT_DESK = UUID.fromString("00000000-0000-7000-8000-000000000004");
  static final UUID MANAGEMENT = UUID.fromString("00000000-0000-7000-8000-000000000002");
  static final String PASSWORD = OrgFixtures.PASSWORD;

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired OrgUnitService orgUnits;
  @Autowired RoleService roles;
  @Autowired AuditLog auditLog;
  @Autowired JdbcClient jdbc;

  ApiClient admin;

  @BeforeEach
  void signInAdmin() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void creatingAUserRecordsEveryFieldAndTheRolesButNoPasswordHash() {
    UserAccount user = newUser(FRONT_DESK);

    JsonNode entry = single(entries("recordType=identity_user&recordId=" + user.id()), "CREATE");

    assertThat(change(entry, "username").get("after").asString()).isEqualTo(user.username());
    assertThat(change(entry, "username").get("before").isNull()).isTrue();
    assertThat(change(entry, "roleIds").get("after").asString()).isEqualTo("[" + FRONT_DESK + "]");
    assertThat(change(entry, "passwordHash").get("after").asString()).isEqualTo("[changed]");
    assertThat(entry.toString()).doesNotContain(passwordHash(user.id()));
    assertThat(fields(entry)).doesNotContain("version");
  }

  @Test
  void updatingAUserRecordsOnlyTheChangedFieldsWithBeforeAfterAndTheActor() {
    UserAccount user = newUser(FRONT_DESK);
    UserAccount actor = newUser(ADMINISTRATOR);

    as(
        actor,
        () ->
            users.update(
                user.id(),
                new SaveUser(
                    null,
                    "Renamed Person",
                    user.email(),
                    null,
                    user.orgUnitId(),
                    null,
                    "en",
                    Set.of(FRONT_DESK, MANAGEMENT),
                    true,
                    null,
                    user.version())));

    JsonNode entry = single(entries("recordType=identity_user&recordId=" + user.id()), "UPDATE");
    assertThat(entry.get("actorName").asString()).isEqualTo(actor.username());
    assertThat(entry.get("actorId").asString()).isEqualTo(actor.id().toString());
    assertThat(change(entry, "displayName").get("before").asString()).isEqualTo(user.displayName());
    assertThat(change(entry, "displayName").get("after").asString()).isEqualTo("Renamed Person");
    assertThat(change(entry, "roleIds").get("before").asString()).isEqualTo("[" + FRONT_DESK + "]");
    assertThat(change(entry, "roleIds").get("after").asString())
        .isEqualTo(
            List.of(FRONT_DESK.toString(), MANAGEMENT.toString()).stream()
                .sorted()
                .toList()
                .toString());
    assertThat(fields(entry))
        .doesNotContain("email", "username", "locale", "version", "passwordHash");
  }

  @Test
  void aRolesPermissionChangesAndItsDeletionAreRecordedWithTheCollectionBeforeAndAfter() {
    String code =
        "AUDIT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    Role role =
        roles.create(
            new SaveRole(code, "Audited role", null, Map.of("user.read", Scope.ORG_UNIT), null));
    roles.update(
        role.id(),
        new SaveRole(
            null,
            "Audited role",
            null,
            Map.of("user.read", Scope.ALL, "role.read", Scope.ALL),
            role.version()));
    roles.delete(role.id(), null);

    JsonNode items = entries("recordType=identity_role&recordId=" + role.id());

    assertThat(items).hasSize(3);
    assertThat(change(single(items, "CREATE"), "permissions").get("after").asString())
        .isEqualTo("[{permission=user.read, scope=ORG_UNIT}]");
    JsonNode update = single(items, "UPDATE");
    assertThat(change(update, "permissions").get("before").asString())
        .isEqualTo("[{permission=user.read, scope=ORG_UNIT}]");
    assertThat(change(update, "permissions").get("after").asString())
        .isEqualTo("[{permission=role.read, scope=ALL}, {permission=user.read, scope=ALL}]");
    assertThat(fields(update)).doesNotContain("name", "code");
    JsonNode delete = single(items, "DELETE");
    assertThat(change(delete, "code").get("before").asString()).isEqualTo(code);
    assertThat(change(delete, "code").get("after").isNull()).isTrue();
    assertThat(change(delete, "permissions").get("before").asString())
        .isEqualTo("[{permission=role.read, scope=ALL}, {permission=user.read, scope=ALL}]");
    assertThat(change(delete, "permissions").get("after").isNull()).isTrue();
  }

  @Test
  void aLanguageSwitchOnThePageIsAnUpdateByTheSignedInUser() {
    UserAccount user = newUser(FRONT_DESK);
    PageClient page = new PageClient(port).signIn(user.username(), PASSWORD);
    page.get("/");

    page.post("/account/locale", Map.of("locale", "zh-CN"));

    JsonNode entry = single(entries("recordType=identity_user&recordId=" + user.id()), "UPDATE");
    assertThat(entry.get("actorName").asString()).isEqualTo(user.username());
    assertThat(change(entry, "locale").get("before").asString()).isEqualTo("en");
    assertThat(change(entry, "locale").get("after").asString()).isEqualTo("zh-CN");
  }

  @Test
  void aPasswordChangeIsRecordedAsChangedWithoutAnyHash() {
    UserAccount user = newUser(FRONT_DESK);
    String oldHash = passwordHash(user.id());
    PageClient page = new PageClient(port).signIn(user.username(), PASSWORD);
    page.get("/account");

    page.post(
        "/account/password",
        Map.of(
            "currentPassword",
            PASSWORD,
            "newPassword",
            "Audit-Secret-456",
            "repeatPassword",
            "Audit-Secret-456"));

    ApiClient.Response response =
        admin.get("/api/v1/audit?recordType=identity_user&recordId=" + user.id());
    JsonNode entry = single(response.json().get("items"), "UPDATE");
    assertThat(change(entry, "passwordHash").get("after").asString()).isEqualTo("[changed]");
    assertThat(change(entry, "passwordHash").get("before").isNull()).isTrue();
    assertThat(fields(entry)).contains("passwordChangedAt");
    assertThat(response.body())
        .doesNotContain(oldHash, passwordHash(user.id()), "{bcrypt}", "Audit-Secret");
  }

  @Test
  void pageSignInsAndFailedSignInsAreRecorded() {
    UserAccount user = newUser(FRONT_DESK);
    new PageClient(port).signIn(user.username(), PASSWORD);
    PageClient failed = new PageClient(port);
    failed.get("/login");
    failed.post("/login", Map.of("username", user.username(), "password", "wrong-password"));

    JsonNode items = entries("user=" + user.username());

    JsonNode signIn = single(items, "SIGN_IN");
    assertThat(signIn.get("recordType").asString()).isEqualTo("user");
    assertThat(signIn.get("recordId").asString()).isEqualTo(user.id().toString());
    assertThat(signIn.get("actorId").asString()).isEqualTo(user.id().toString());
    JsonNode refused = single(items, "SIGN_IN_FAILED");
    assertThat(refused.get("actorId").isNull()).isTrue();
    assertThat(refused.get("actorName").asString()).isEqualTo(user.username());
  }

  @Test
  void tokenEndpointSignInsAndFailuresAreRecorded() {
    UserAccount user = newUser(FRONT_DESK);
    new ApiClient(port).signIn(user.username(), PASSWORD);
    new ApiClient(port)
        .post(
            "/api/v1/auth/token",
            Map.of("username", user.username(), "password", "wrong-password"));

    JsonNode items = entries("user=" + user.username());

    assertThat(change(single(items, "SIGN_IN"), "channel").get("after").asString())
        .isEqualTo("api");
    assertThat(change(single(items, "SIGN_IN_FAILED"), "channel").get("after").asString())
        .isEqualTo("api");
  }

  @Test
  void theFirstUseOfATokenIsRecordedOnceOnly() {
    UserAccount user = newUser(FRONT_DESK);
    ApiClient session = new ApiClient(port).signIn(user.username(), PASSWORD);
    JsonNode created =
        session.post("/api/v1/me/tokens", Map.of("name", "Twice used", "lifetimeDays", 2)).json();
    String tokenId = created.get("id").asString();
    ApiClient token = new ApiClient(port).withToken(created.get("token").asString());

    assertThat(entries("recordType=api-token&recordId=" + tokenId)).isEmpty();
    assertThat(token.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(token.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(token.get("/api/v1/me/tokens").status()).isEqualTo(200);

    JsonNode items = entries("recordType=api-token&recordId=" + tokenId);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("action").asString()).isEqualTo("TOKEN_FIRST_USE");
    assertThat(items.get(0).get("actorName").asString()).isEqualTo(user.username());
  }

  @Test
  void issuingATokenNeverRecordsItsSecretOrHash() {
    UserAccount user = newUser(FRONT_DESK);
    ApiClient session = new ApiClient(port).signIn(user.username(), PASSWORD);
    JsonNode created =
        session.post("/api/v1/me/tokens", Map.of("name", "Secret kept", "lifetimeDays", 2)).json();

    ApiClient.Response response =
        admin.get(
            "/api/v1/audit?recordType=identity_api_token&recordId=" + created.get("id").asString());

    JsonNode entry = single(response.json().get("items"), "CREATE");
    assertThat(entry.get("actorName").asString()).isEqualTo(user.username());
    assertThat(change(entry, "tokenHash").get("after").asString()).isEqualTo("[changed]");
    String hash =
        jdbc.sql("select token_hash from identity_api_token where id = ?")
            .param(UUID.fromString(created.get("id").asString()))
            .query(String.class)
            .single();
    assertThat(response.body()).doesNotContain(hash, created.get("token").asString());
  }

  @Test
  void theApiFiltersByUserRecordAndTimeAndPagesByCursor() {
    String type = "test-" + UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(1);
    for (int i = 0; i < 5; i++) {
      auditLog.append(
          new AuditEvent(
              "UPDATE", type, "r" + (i % 2), null, "filter-" + type.substring(5, 13), List.of()));
    }

    assertThat(entries("recordType=" + type)).hasSize(5);
    assertThat(entries("recordType=" + type + "&recordId=r1")).hasSize(2);
    assertThat(entries("user=filter-" + type.substring(5, 13))).hasSize(5);
    assertThat(entries("user=FILTER-" + type.substring(5, 13).toUpperCase())).hasSize(5);
    assertThat(entries("recordType=" + type + "&from=" + enc(before.toString()))).hasSize(5);
    assertThat(
            entries(
                "recordType=" + type + "&from=" + enc(Instant.now().plusSeconds(3600).toString())))
        .isEmpty();
    assertThat(entries("recordType=" + type + "&to=" + enc(before.toString()))).isEmpty();
    assertThat(
            entries(
                "recordType="
                    + type
                    + "&from="
                    + enc(before.atOffset(java.time.ZoneOffset.ofHours(8)).toString())))
        .hasSize(5);

    JsonNode first = admin.get("/api/v1/audit?limit=2&recordType=" + type).json();
    assertThat(first.get("items")).hasSize(2);
    JsonNode second =
        admin
            .get(
                "/api/v1/audit?limit=2&recordType="
                    + type
                    + "&cursor="
                    + first.get("nextCursor").asString())
            .json();
    JsonNode third =
        admin
            .get(
                "/api/v1/audit?limit=2&recordType="
                    + type
                    + "&cursor="
                    + second.get("nextCursor").asString())
            .json();
    assertThat(third.get("items")).hasSize(1);
    assertThat(third.get("nextCursor").isNull()).isTrue();
    List<Long> ids =
        StreamSupport.stream(List.of(first, second, third).spliterator(), false)
            .flatMap(page -> page.get("items").valueStream())
            .map(e -> e.get("id").asLong())
            .toList();
    assertThat(ids)
        .hasSize(5)
        .doesNotHaveDuplicates()
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void theApiRefusesALimitOutOfRangeAndAMalformedTime() {
    assertThat(admin.get("/api/v1/audit?limit=0").status()).isEqualTo(422);
    assertThat(
            admin
                .get("/api/v1/audit?limit=201")
                .json()
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("limit");
    assertThat(admin.get("/api/v1/audit?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void thePageShowsEntriesNewestFirstWithTranslatedActionsAndChanges() {
    UserAccount user = newUser(FRONT_DESK);
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    Document document =
        page.get("/admin/audit?recordType=identity_user&recordId=" + user.id()).document();

    Element row = document.select("tr.audit-entry").first();
    assertThat(document.select("tr.audit-entry")).hasSize(1);
    assertThat(row.select(".audit-action").text()).isEqualTo("Created");
    assertThat(row.select(".audit-kind").text()).isEqualTo("User");
    assertThat(row.select(".audit-record-name").text()).isEqualTo(user.displayName());
    assertThat(row.select("summary").text()).doesNotContain("identity_user", user.id().toString());
    assertThat(row.select("details .audit-record-type").text()).isEqualTo("identity_user");
    assertThat(row.select("details .audit-record-id").text()).isEqualTo(user.id().toString());
    assertThat(row.select(".audit-when").text())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d");
    Element username = row.selectFirst("li.audit-change[data-field=username]");
    assertThat(username.select(".audit-before").text()).isEqualTo("(none)");
    assertThat(username.select(".audit-after").text()).isEqualTo(user.username());
    assertThat(document.select("#audit-zone").text())
        .isEqualTo("Times are in Shanghai time (UTC+08:00).");
    assertThat(document.select("#audit-zone").attr("data-zone")).isEqualTo("Asia/Shanghai");

    Document chinese =
        page.get("/admin/audit?lang=zh-CN&recordType=identity_user&recordId=" + user.id())
            .document();
    assertThat(chinese.select("tr.audit-entry .audit-action").text()).isEqualTo("\u521b\u5efa");
    assertThat(chinese.select("tr.audit-entry .audit-kind").text()).isEqualTo("用户");
  }

  @Test
  void thePageFiltersAndAnswersHtmxWithTheResultsOnlyAndPagesToOlderEntries() {
    String type = "page-" + UUID.randomUUID();
    for (int i = 0; i < 51; i++) {
      auditLog.append(new AuditEvent("DELETE", type, "x" + i, null, "pager", List.of()));
    }
    PageClient page = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);

    Document full = page.get("/admin/audit?recordType=" + type).document();
    assertThat(full.select("nav.navbar")).isNotEmpty();
    assertThat(full.select("tr.audit-entry")).hasSize(50);
    assertThat(full.select("tr.audit-entry").first().select(".audit-record-id").text())
        .isEqualTo("x50");
    assertThat(full.select("#recordType").val()).isEqualTo(type);
    String older = full.select("#audit-older").attr("href");
    assertThat(older).contains("recordType=" + type).contains("cursor=");

    Document next = page.get(older).document();
    assertThat(next.select("tr.audit-entry")).hasSize(1);
    assertThat(next.select(".audit-record-id").text()).isEqualTo("x0");
    assertThat(next.select("#audit-older")).isEmpty();

    PageClient.Page fragment =
        page.get("/admin/audit?recordType=" + type + "&recordId=x7", Map.of("HX-Request", "true"));
    assertThat(fragment.body()).doesNotContain("<html", "navbar");
    assertThat(fragment.document().select("#audit-results tr.audit-entry")).hasSize(1);

    Document none =
        page.get("/admin/audit?recordType=" + type + "&from=2999-01-01T00:00").document();
    assertThat(none.select("#audit-none").text()).isEqualTo("No audit entries match the filter.");
    Document wrong = page.get("/admin/audit?recordType=" + type + "&from=soon").document();
    assertThat(wrong.select("#from-error").text()).isEqualTo("From has a value of the wrong type.");
  }

  @Test
  void entriesCannotBeChangedOrDeletedEvenWithPlainSql() {
    String type = "locked-" + UUID.randomUUID();
    auditLog.append(
        new AuditEvent(
            "UPDATE", type, "1", null, "someone", List.of(new FieldChange("a", "1", "2"))));
    long id =
        jdbc.sql("select id from platform_audit_entry where record_type = ?")
            .param(type)
            .query(Long.class)
            .single();

    assertThatThrownBy(
            () ->
                jdbc.sql("update platform_audit_entry set actor_name = 'nobody' where id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("delete from platform_audit_entry where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from platform_audit_entry").update())
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");

    Map<String, Object> row =
        jdbc.sql("select actor_name, changes from platform_audit_entry where id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("actor_name")).isEqualTo("someone");
    assertThat(row.get("changes").toString()).contains("\"before\":\"1\"");
  }

  @Test
  void usersWithoutAuditReadAreRefusedOnPageAndApi() {
    UserAccount user = newUser(FRONT_DESK);

    PageClient.Page page =
        new PageClient(port).signIn(user.username(), PASSWORD).get("/admin/audit");
    ApiClient.Response api =
        new ApiClient(port).signIn(user.username(), PASSWORD).get("/api/v1/audit");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.document().select("#error-title").text()).isEqualTo("Not allowed");
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.header("Content-Type")).startsWith("application/problem+json");
  }

  private JsonNode entries(String query) {
    ApiClient.Response response = admin.get("/api/v1/audit?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("items");
  }

  private static JsonNode single(JsonNode items, String action) {
    List<JsonNode> found =
        items.valueStream().filter(e -> action.equals(e.get("action").asString())).toList();
    assertThat(found).as("%s entries in %s", action, items).hasSize(1);
    return found.get(0);
  }

  private static JsonNode change(JsonNode entry, String field) {
    return entry
        .get("changes")
        .valueStream()
        .filter(c -> field.equals(c.get("field").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
  }

  private static List<String> fields(JsonNode entry) {
    return entry.get("changes").valueStream().map(c -> c.get("field").asString()).toList();
  }

  private String passwordHash(UUID userId) {
    return jdbc.sql("select password_hash from identity_user where id = ?")
        .param(userId)
        .query(String.class)
        .single();
  }

  private UserAccount newUser(UUID role) {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    return org.member(org.root()).roleIds(role).usernameStartingWith("audit-").create();
  }

  private static void as(UserAccount actor, Runnable action) {
    PyraPrincipal principal =
        new PyraPrincipal(
            actor.id(),
            actor.username(),
            actor.displayName(),
            actor.orgUnitId(),
            "/",
            "en",
            true,
            Map.of(),
            null);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    SecurityContextHolder.setContext(context);
    try {
      action.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
