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
 * The lead rows of the visibility matrix: each target gets one lead, owned by the target customer's
 * owner in the customer's org unit (recorded by the administrator the first time a row asks for
 * it); a lead is seen where {@code lead.read} reaches its owner and unit, changed where {@code
 * lead.write} does. Its name is "Lid" followed by the customer's code without its dash (lists are
 * found by it), its e-mail ("mx", the code, "@leads.example") what lists are searched by; it
 * carries nothing of the customer. Disqualification and conversion are final, so the matrix leaves
 * them to LeadApiTests.
 */
final class LeadEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> LEADS = new ConcurrentHashMap<>();

  private LeadEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/leads/{id}",
        "lead.read",
        200,
        LeadEndpoints::name,
        apiGet(c -> "/api/v1/leads/" + lead(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/leads?q=email",
        "lead.read",
        LeadEndpoints::name,
        apiGet(c -> "/api/v1/leads?q=" + email(c.t()) + suffix(c)));
  }

  static Endpoint update() {
    return record("PUT /api/v1/leads/{id}", "lead.write", 200, LeadEndpoints::update);
  }

  static Endpoint status() {
    return record("POST /api/v1/leads/{id}/status", "lead.write", 200, LeadEndpoints::toggle);
  }

  static Endpoint page() {
    return record(
        "GET /leads/{id}",
        "lead.read",
        200,
        LeadEndpoints::name,
        Endpoint.page(c -> "/leads/" + lead(c)));
  }

  static Endpoint listPage() {
    return Endpoint.listed(
        "GET /leads?q=email",
        "lead.read",
        LeadEndpoints::name,
        Endpoint.page(c -> "/leads?q=" + email(c.t()) + suffix(c)));
  }

  static Endpoint editForm() {
    return record(
        "GET /leads/{id}/edit",
        "lead.write",
        200,
        LeadEndpoints::name,
        Endpoint.page(c -> "/leads/" + lead(c) + "/edit"));
  }

  /** The lead's name: "Lid" and the customer's code without its dash. */
  static String name(Target target) {
    return "Lid" + target.code().replace("-", "");
  }

  /**
   * The lead's e-mail, which lists are searched by: it does not hold the name, which the list page
   * would otherwise echo in its search box.
   */
  private static String email(Target target) {
    return "mx"
        + target.code().replace("-", "").toLowerCase(java.util.Locale.ROOT)
        + "@leads.example";
  }

  /** Nothing, once the target's lead exists (so a list finds it). */
  private static String suffix(Cell cell) {
    lead(cell);
    return "";
  }

  /** Sends the lead back as it is, with its current version. */
  private static Answer update(Cell cell) {
    String path = "/api/v1/leads/" + lead(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode l = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("source", l.get("source").asString());
    body.put("name", l.get("name").asString());
    body.put("email", l.get("email").asString());
    body.put("ownerId", l.get("ownerId").asString());
    body.put("orgUnitId", l.get("orgUnitId").asString());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  /** Contacted and booked, back and forth: moves the flow always allows from where it stands. */
  private static Answer toggle(Cell cell) {
    String path = "/api/v1/leads/" + lead(cell);
    String status = cell.world().admin().get(path).json().get("status").asString();
    String to = status.equals("CONTACTED") ? "APPOINTMENT_BOOKED" : "CONTACTED";
    String json = JSON.writeValueAsString(Map.of("status", to));
    return Answer.of(path + "/status " + json, cell.api().post(path + "/status", json));
  }

  /** The target's lead, recorded by the administrator for the target's owner. */
  private static String lead(Cell cell) {
    Target target = cell.t();
    return LEADS.computeIfAbsent(
        target.id(),
        id -> {
          Map<String, Object> body = new HashMap<>();
          body.put("source", "EVENT");
          body.put("name", name(target));
          body.put("email", email(target));
          body.put("ownerId", target.ownerId());
          body.put("orgUnitId", target.orgUnitId());
          // the targets' leads have similar names: they are recorded despite each other
          body.put("duplicateReason", "visibility matrix");
          ApiClient.Response created = cell.world().admin().post("/api/v1/leads", body);
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          return created.json().get("id").asString();
        });
  }
}
