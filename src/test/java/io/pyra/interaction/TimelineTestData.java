package io.pyra.interaction;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff and customers for the timeline, supervision and analysis tests, and contact
 * records and tasks written straight into their tables (their forms and API are another part).
 * Tests share one database: every unit, user and customer is new.
 */
final class TimelineTestData {

  static final String PASSWORD = OrgFixtures.PASSWORD;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final OrgFixtures org;
  private final JdbcClient jdbc;
  private final int port;

  TimelineTestData(
      OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc, int port) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
    this.port = port;
  }

  OrgUnit root() {
    return org.root();
  }

  OrgUnit unit(OrgUnit parent) {
    return org.unit(parent);
  }

  UserAccount user(UUID orgUnitId, String roleCode) {
    return user(orgUnitId, roleCode, "en");
  }

  UserAccount user(UUID orgUnitId, String roleCode, String locale) {
    return org.member(orgUnitId).roles(roleCode).speaking(locale).create();
  }

  ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  ApiClient api(UserAccount user) {
    return new ApiClient(port).signIn(user.username(), PASSWORD);
  }

  PageClient pages(UserAccount user) {
    return new PageClient(port).signIn(user.username(), PASSWORD);
  }

  PageClient adminPages() {
    return new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /**
   * A file as a browser signed in as the administrator downloads it (the bytes, unlike {@link
   * PageClient}).
   */
  HttpResponse<byte[]> downloadAsAdmin(String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
    String form =
        "username=admin&password="
            + URLEncoder.encode(PyraIntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A person customer owned by {@code owner} in their unit, created through the API. */
  UUID customer(String name, UserAccount owner) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("ownerId", owner.id());
    body.put("orgUnitId", owner.orgUnitId());
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException(created.status() + " " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  String customerName(UUID customerId) {
    return jdbc.sql("select name from customer_customer where id = ?")
        .param(customerId)
        .query(String.class)
        .single();
  }

  /** Makes a customer look as if it was entered at {@code createdAt}. */
  void createdAt(UUID customerId, Instant createdAt) {
    jdbc.sql("update customer_customer set created_at = :at where id = :id")
        .param("at", SqlTime.utc(createdAt))
        .param("id", customerId)
        .update();
  }

  UUID record(
      UUID id,
      UUID customerId,
      UserAccount author,
      String typeCode,
      String channel,
      Instant occurredAt,
      String subject,
      String country,
      String office) {
    jdbc.sql(
            """
            insert into interaction_record (id, customer_id, type_id, channel, direction, subject, notes, occurred_at,
                country, office, author_id, org_unit_id, version, created_at, updated_at)
            select :id, :customerId, t.id, :channel, 'INBOUND', :subject, 'Notes of ' || :subject, :at, :country,
                   :office, :authorId, :orgUnitId, 0, :at, :at
              from interaction_type t where t.code = :type""")
        .param("id", id)
        .param("customerId", customerId)
        .param("channel", channel)
        .param("subject", subject)
        .param("at", SqlTime.utc(occurredAt))
        .param("country", country)
        .param("office", office)
        .param("authorId", author.id())
        .param("orgUnitId", author.orgUnitId())
        .param("type", typeCode)
        .update();
    return id;
  }

  UUID record(
      UUID customerId, UserAccount author, String typeCode, Instant occurredAt, String subject) {
    return record(
        UUID.randomUUID(),
        customerId,
        author,
        typeCode,
        "PHONE",
        occurredAt,
        subject,
        "CN",
        "Shanghai");
  }

  UUID task(
      UUID id,
      UUID customerId,
      UserAccount assignee,
      String title,
      Instant createdAt,
      Instant dueAt,
      String status,
      Instant completedAt) {
    jdbc.sql(
            """
            insert into interaction_task (id, customer_id, title, type, assignee_id, created_by, due_at, priority,
                status, completed_at, version, created_at, updated_at)
            values (:id, :customerId, :title, 'CALL_BACK', :assigneeId, :assigneeId, :dueAt, 'NORMAL', :status,
                :completedAt, 0, :createdAt, :createdAt)""")
        .param("id", id)
        .param("customerId", customerId)
        .param("title", title)
        .param("assigneeId", assignee.id())
        .param("dueAt", SqlTime.utc(dueAt))
        .param("status", status)
        .param("completedAt", SqlTime.utc(completedAt))
        .param("createdAt", SqlTime.utc(createdAt))
        .update();
    return id;
  }

  UUID task(
      UUID customerId,
      UserAccount assignee,
      String title,
      Instant createdAt,
      Instant dueAt,
      String status) {
    return task(
        UUID.randomUUID(),
        customerId,
        assignee,
        title,
        createdAt,
        dueAt,
        status,
        "DONE".equals(status) ? dueAt : null);
  }
}
