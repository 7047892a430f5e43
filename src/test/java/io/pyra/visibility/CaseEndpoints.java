package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;

import io.pyra.testing.ApiClient;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case rows of the visibility matrix: each target customer gets one case, given to the
 * customer's owner in the customer's org unit (opened by the administrator the first time a row
 * asks for it); a case is seen where {@code case.read} reaches its assignee and team, worked where
 * {@code case.write} does. Its subject is made of the customer's code, so a list that shows it is
 * seen.
 */
final class CaseEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> CASES = new ConcurrentHashMap<>();

  private CaseEndpoints() {}

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/cases?customerId",
        "case.read",
        CaseEndpoints::subject,
        apiGet(
            c ->
                "/api/v1/cases?status=NEW,IN_PROGRESS,WAITING_ON_CUSTOMER&customerId="
                    + id(c, c.t().id())));
  }

  static Endpoint read() {
    return record(
        "GET /api/v1/cases/{id}",
        "case.read",
        200,
        CaseEndpoints::subject,
        apiGet(c -> "/api/v1/cases/" + kase(c)));
  }

  /** A new case is the writer's own: case.create at any scope and a customer they may read. */
  static Endpoint create() {
    return Endpoint.create(
        "POST /api/v1/cases (for the customer)",
        "customer.read,granted:case.create",
        c -> {
          Map<String, Object> body = new HashMap<>();
          body.put("customerId", c.t().id());
          body.put("type", "INQUIRY");
          body.put("severity", "MINOR");
          body.put("channel", "PHONE");
          body.put("subject", "Probe case");
          String json = JSON.writeValueAsString(body);
          return Answer.of("/api/v1/cases " + json, c.api().post("/api/v1/cases", json));
        });
  }

  static Endpoint update() {
    return record("PUT /api/v1/cases/{id}", "case.write", 200, CaseEndpoints::update);
  }

  static Endpoint transition() {
    return record("POST /api/v1/cases/{id}/transitions", "case.write", 200, CaseEndpoints::toggle);
  }

  static Endpoint page() {
    return record(
        "GET /cases/{id}",
        "case.read",
        200,
        CaseEndpoints::subject,
        Endpoint.page(c -> "/cases/" + kase(c)));
  }

  static Endpoint listPage() {
    return Endpoint.listed(
        "GET /cases?view=all&customer",
        "case.read",
        CaseEndpoints::subject,
        Endpoint.page(c -> "/cases?view=all&status=all&customer=" + id(c, c.t().id())));
  }

  static Endpoint newForm() {
    return record(
        "GET /cases/new?customer",
        "customer.read,granted:case.create",
        200,
        Target::name,
        Endpoint.page(c -> "/cases/new?customer=" + c.t().id()));
  }

  static Endpoint editForm() {
    return record(
        "GET /cases/{id}/edit",
        "case.write",
        200,
        CaseEndpoints::subject,
        Endpoint.page(c -> "/cases/" + kase(c) + "/edit"));
  }

  static Endpoint articles() {
    return record(
        "GET /api/v1/cases/{id}/articles",
        "case.read",
        200,
        apiGet(c -> "/api/v1/cases/" + kase(c) + "/articles"));
  }

  static Endpoint articlesPanel() {
    return record(
        "GET /cases/{id}/articles (panel)",
        "case.read",
        200,
        Endpoint.page(c -> "/cases/" + kase(c) + "/articles"));
  }

  static Endpoint attachments() {
    return record(
        "GET /api/v1/cases/{id}/attachments",
        "case.read",
        200,
        apiGet(c -> "/api/v1/cases/" + kase(c) + "/attachments"));
  }

  static Endpoint attachmentsPanel() {
    return record(
        "GET /cases/{id}/attachments (panel)",
        "case.read",
        200,
        Endpoint.page(c -> "/cases/" + kase(c) + "/attachments"));
  }

  static Endpoint customerPanel() {
    return Endpoint.listed(
        "GET /customers/{id}/cases (panel)",
        "customer.read,case.read",
        CaseEndpoints::subject,
        Endpoint.page(c -> "/customers/" + id(c, c.t().id()) + "/cases"));
  }

  static Endpoint timeline() {
    return Endpoint.listed(
        "GET /api/v1/customers/{id}/timeline?kinds=case",
        "customer.read,case.read",
        CaseEndpoints::subject,
        apiGet(c -> "/api/v1/customers/" + id(c, c.t().id()) + "/timeline?kinds=case"));
  }

  /** The case's subject: "Kase" and the customer's code without its dash. */
  static String subject(Target target) {
    return "Kase" + target.code().replace("-", "");
  }

  /** {@code value}, once the target's case exists. */
  private static String id(Cell cell, String value) {
    kase(cell);
    return value;
  }

  /** Sends the case back as it is, with its current version. */
  private static Answer update(Cell cell) {
    String path = "/api/v1/cases/" + kase(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode c = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", c.get("customerId").asString());
    body.put("type", c.get("type").asString());
    body.put("severity", c.get("severity").asString());
    body.put("channel", c.get("channel").asString());
    body.put("subject", c.get("subject").asString());
    body.put("assigneeId", c.get("assigneeId").asString());
    body.put("teamId", c.get("teamId").asString());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  /** Waiting on the customer and back: a move the workflow always allows from where it stands. */
  private static Answer toggle(Cell cell) {
    String path = "/api/v1/cases/" + kase(cell);
    String status = cell.world().admin().get(path).json().get("status").asString();
    String to = status.equals("WAITING_ON_CUSTOMER") ? "IN_PROGRESS" : "WAITING_ON_CUSTOMER";
    String json = JSON.writeValueAsString(Map.of("to", to));
    return Answer.of(path + "/transitions " + json, cell.api().post(path + "/transitions", json));
  }

  /** The target's case, opened by the administrator for the target's owner and unit. */
  private static String kase(Cell cell) {
    Target target = cell.t();
    return CASES.computeIfAbsent(
        target.id(),
        id -> {
          Map<String, Object> body = new HashMap<>();
          body.put("customerId", id);
          body.put("type", "REQUEST");
          body.put("severity", "MINOR");
          body.put("channel", "EMAIL");
          body.put("subject", subject(target));
          body.put("assigneeId", target.ownerId());
          body.put("teamId", target.orgUnitId());
          ApiClient.Response created = cell.world().admin().post("/api/v1/cases", body);
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          return created.json().get("id").asString();
        });
  }
}
