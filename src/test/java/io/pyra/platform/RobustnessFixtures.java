package io.pyra.platform;

import io.pyra.testing.ApiClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Real records for the robustness suite's path ids, so that a malformed request reaches the
 * validation of an existing record rather than stopping at 404: a customer of its own with a
 * contact, a centre (the org unit of a room of its own), and for every other path id the first
 * record its collection lists (a random id where the collection is empty or not listable).
 */
final class RobustnessFixtures {

  /**
   * Stands for the record's current ETag in an If-Match header, fetched just before the request.
   */
  static final String CURRENT = "\"current\"";

  private final ApiClient admin;
  private final Map<String, String> filled = new HashMap<>();
  private String customerId;
  private String centreId;

  RobustnessFixtures(ApiClient admin) {
    this.admin = admin;
  }

  void create() {
    ApiClient.Response customer =
        admin.post(
            "/api/v1/customers",
            Map.of(
                "kind", "ORGANIZATION", "name", ApiRobustnessTests.unique("Robust Trading Ltd")));
    if (customer.status() != 201) {
      throw new IllegalStateException("customer not created: " + customer.body());
    }
    customerId = customer.json().get("id").asString();
    ApiClient.Response contact =
        admin.post(
            "/api/v1/customers/" + customerId + "/contacts",
            Map.of("name", "Li Lei", "title", "Buyer"));
    if (contact.status() != 201) {
      throw new IllegalStateException("contact not created: " + contact.body());
    }
    // a campaign starting last of all is the first its list gives, with a cost to remove
    ApiClient.Response campaign =
        admin.post(
            "/api/v1/campaigns",
            Map.of(
                "code",
                "ROBUST-" + UUID.randomUUID().toString().substring(0, 8),
                "name",
                "Robust campaign",
                "channel",
                "EVENTS",
                "budgetAmount",
                "1000",
                "budgetCurrency",
                "CNY",
                "startsOn",
                "2099-01-01"));
    if (campaign.status() != 201) {
      throw new IllegalStateException("campaign not created: " + campaign.body());
    }
    ApiClient.Response cost =
        admin.post(
            "/api/v1/campaigns/" + campaign.json().get("id").asString() + "/costs",
            Map.of("spentOn", "2099-01-02", "amount", "10", "currency", "CNY"));
    if (cost.status() != 201) {
      throw new IllegalStateException("campaign cost not created: " + cost.body());
    }
    ApiClient.Response audience =
        admin.post(
            "/api/v1/marketing/audiences",
            Map.of("name", "Robust audience", "customers", true, "filterQuery", "stage=ACTIVE"));
    if (audience.status() != 201) {
      throw new IllegalStateException("audience not created: " + audience.body());
    }
    // a lead recorded last is the first its list gives
    ApiClient.Response lead =
        admin.post(
            "/api/v1/leads",
            Map.of(
                "source",
                "PHONE",
                "name",
                ApiRobustnessTests.unique("Robust lead"),
                "email",
                "robust-" + UUID.randomUUID().toString().substring(0, 8) + "@leads.example",
                "duplicateReason",
                "robustness fixture"));
    if (lead.status() != 201) {
      throw new IllegalStateException("lead not created: " + lead.body());
    }
    // a room with a closure, so that a resource's paths reach its validation
    JsonNode units = admin.get("/api/v1/org-units").json();
    JsonNode unit = units.isArray() ? units.get(0) : units.path("items").get(0);
    centreId = unit.get("id").asString();
    ApiClient.Response room =
        admin.post(
            "/api/v1/resources",
            Map.of(
                "kind",
                "ROOM",
                "code",
                "ROBUST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "name",
                "Robust room",
                "capacity",
                12,
                "orgUnitId",
                unit.get("id").asString()));
    if (room.status() != 201) {
      throw new IllegalStateException("room not created: " + room.body());
    }
    // an inactive hand-off target, so that its paths reach their validation (and nothing runs)
    Map<String, Object> handoff = new HashMap<>();
    handoff.put("name", "Robust hand-off");
    handoff.put("kind", "FOLDER");
    handoff.put("folder", java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toString());
    handoff.put("horizonDays", 7);
    handoff.put("scheduleKind", "DAILY");
    handoff.put("dailyAt", "06:00");
    handoff.put("active", false);
    ApiClient.Response target = admin.post("/api/v1/scheduling/handoff-targets", handoff);
    if (target.status() != 201) {
      throw new IllegalStateException("hand-off target not created: " + target.body());
    }
  }

  /** The template with each path id replaced by a real one. */
  String fill(String template) {
    return filled.computeIfAbsent(template, this::resolve);
  }

  private String resolve(String template) {
    StringBuilder path = new StringBuilder();
    for (String segment : template.substring(1).split("/")) {
      String collection = path.toString();
      path.append('/');
      if (segment.startsWith("{")) {
        path.append(idFrom(collection, segment.substring(1, segment.length() - 1)));
      } else {
        path.append(segment);
      }
    }
    return path.toString();
  }

  private String idFrom(String collection, String name) {
    if (collection.equals("/api/v1/customers")) {
      return customerId;
    }
    // a set-up request's machines are numbered
    if (name.equals("machineNo")) {
      return "1";
    }
    // a centre's scheduling paths: the room's centre (the collection itself is not listable)
    if (collection.equals("/api/v1/centres")) {
      return centreId;
    }
    ApiClient.Response list = admin.get(collection);
    if (list.status() != 200) {
      return UUID.randomUUID().toString();
    }
    JsonNode items = list.json();
    if (!items.isArray()) {
      items =
          items.properties().stream()
              .map(Map.Entry::getValue)
              .filter(JsonNode::isArray)
              .findFirst()
              .orElse(null);
    }
    if (items == null || items.isEmpty()) {
      return UUID.randomUUID().toString();
    }
    JsonNode first = items.get(0);
    for (String field : List.of(name, "id", "code")) {
      if (first.hasNonNull(field) && first.get(field).isString()) {
        return first.get(field).asString();
      }
    }
    return UUID.randomUUID().toString();
  }

  /** The current ETag of the record at the path (its query left off), or an impossible one. */
  String etag(String path) {
    int query = path.indexOf('?');
    ApiClient.Response record = admin.get(query < 0 ? path : path.substring(0, query));
    String etag = record.status() == 200 ? record.header("ETag") : null;
    return etag != null ? etag : versionInCollection(query < 0 ? path : path.substring(0, query));
  }

  /**
   * A record without a GET of its own (a customer's contact) shows its version in its collection.
   */
  private String versionInCollection(String path) {
    int slash = path.lastIndexOf('/');
    ApiClient.Response list = admin.get(path.substring(0, slash));
    if (list.status() == 200 && list.json().isArray()) {
      for (JsonNode item : list.json()) {
        if (item.path("id").asString("").equals(path.substring(slash + 1)) && item.has("version")) {
          return "\"" + item.get("version").asString() + "\"";
        }
      }
    }
    return "\"0\"";
  }
}
