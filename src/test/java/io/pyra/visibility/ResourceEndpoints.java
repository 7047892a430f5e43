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
 * The resource rows of the visibility matrix: each target gets one room in the target customer's
 * org unit (added by the administrator the first time a row asks for it); a room is seen where
 * {@code resource.read} reaches its unit, changed where {@code resource.manage} does. Its name is
 * "Raum" and its code "RV" followed by the customer's code without its dash: lists are searched by
 * the code and must show the name.
 */
final class ResourceEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> ROOMS = new ConcurrentHashMap<>();

  private ResourceEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/resources/{id}",
        "resource.read",
        200,
        ResourceEndpoints::name,
        apiGet(c -> "/api/v1/resources/" + room(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/resources?q=code",
        "resource.read",
        ResourceEndpoints::name,
        apiGet(c -> "/api/v1/resources?q=" + code(c.t()) + suffix(c)));
  }

  static Endpoint hours() {
    return record(
        "GET /api/v1/resources/{id}/hours",
        "resource.read",
        200,
        apiGet(c -> "/api/v1/resources/" + room(c) + "/hours"));
  }

  static Endpoint update() {
    return record("PUT /api/v1/resources/{id}", "resource.manage", 200, ResourceEndpoints::update);
  }

  static Endpoint page() {
    return record(
        "GET /resources/{id}",
        "resource.read",
        200,
        ResourceEndpoints::name,
        Endpoint.page(c -> "/resources/" + room(c)));
  }

  static Endpoint listPage() {
    return Endpoint.listed(
        "GET /resources?q=code",
        "resource.read",
        ResourceEndpoints::name,
        Endpoint.page(c -> "/resources?q=" + code(c.t()) + suffix(c)));
  }

  static Endpoint editForm() {
    return record(
        "GET /resources/{id}/edit",
        "resource.manage",
        200,
        ResourceEndpoints::name,
        Endpoint.page(c -> "/resources/" + room(c) + "/edit"));
  }

  static String name(Target target) {
    return "Raum" + target.code().replace("-", "");
  }

  private static String code(Target target) {
    return "RV" + target.code().replace("-", "");
  }

  /** Nothing, once the target's room exists (so a list finds it). */
  private static String suffix(Cell cell) {
    room(cell);
    return "";
  }

  /** Sends the room back as it is, with its current version. */
  private static Answer update(Cell cell) {
    String path = "/api/v1/resources/" + room(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode r = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("name", r.get("name").asString());
    body.put("orgUnitId", r.get("orgUnitId").asString());
    body.put("capacity", r.get("capacity").asInt());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  /** The target's room, added by the administrator in the target's org unit. */
  static String room(Cell cell) {
    Target target = cell.t();
    return ROOMS.computeIfAbsent(
        target.id(),
        id -> {
          Map<String, Object> body = new HashMap<>();
          body.put("kind", "ROOM");
          body.put("code", code(target));
          body.put("name", name(target));
          body.put("capacity", 20);
          body.put("orgUnitId", target.orgUnitId());
          ApiClient.Response created = cell.world().admin().post("/api/v1/resources", body);
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          return created.json().get("id").asString();
        });
  }
}
