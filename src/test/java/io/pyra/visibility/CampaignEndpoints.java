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
 * The campaign rows of the visibility matrix: each target gets one campaign, owned by the target
 * customer's owner in the customer's org unit (recorded by the administrator, and started, the
 * first time a row asks for it); a campaign is seen where {@code campaign.read} reaches its owner
 * and unit, changed (and its costs) where {@code campaign.write} does. Its name is "Kamp" and its
 * code "KV" followed by the customer's code without its dash: lists are searched by the code and
 * must show the name.
 */
final class CampaignEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> CAMPAIGNS = new ConcurrentHashMap<>();

  private CampaignEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/campaigns/{id}",
        "campaign.read",
        200,
        CampaignEndpoints::name,
        apiGet(c -> "/api/v1/campaigns/" + campaign(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/campaigns?q=code",
        "campaign.read",
        CampaignEndpoints::name,
        apiGet(c -> "/api/v1/campaigns?q=" + code(c.t()) + suffix(c)));
  }

  static Endpoint update() {
    return record("PUT /api/v1/campaigns/{id}", "campaign.write", 200, CampaignEndpoints::update);
  }

  static Endpoint status() {
    return record(
        "POST /api/v1/campaigns/{id}/status", "campaign.write", 200, CampaignEndpoints::toggle);
  }

  static Endpoint costs() {
    return record(
        "GET /api/v1/campaigns/{id}/costs",
        "campaign.read",
        200,
        apiGet(c -> "/api/v1/campaigns/" + campaign(c) + "/costs"));
  }

  static Endpoint addCost() {
    return record(
        "POST /api/v1/campaigns/{id}/costs",
        "campaign.write",
        201,
        c -> {
          String path = "/api/v1/campaigns/" + campaign(c) + "/costs";
          String json = JSON.writeValueAsString(cost());
          return Answer.of(path + " " + json, c.api().post(path, json));
        });
  }

  static Endpoint removeCost() {
    return record(
        "DELETE /api/v1/campaigns/{id}/costs/{costId}",
        "campaign.write",
        204,
        c -> {
          String costs = "/api/v1/campaigns/" + campaign(c) + "/costs";
          ApiClient.Response added = c.world().admin().post(costs, cost());
          if (added.status() != 201) {
            throw new IllegalStateException("cost not added: " + added.body());
          }
          String path = costs + "/" + added.json().get("id").asString();
          return Answer.of(path, c.api().delete(path, null));
        });
  }

  static Endpoint page() {
    return record(
        "GET /campaigns/{id}",
        "campaign.read",
        200,
        CampaignEndpoints::name,
        Endpoint.page(c -> "/campaigns/" + campaign(c)));
  }

  static Endpoint listPage() {
    return Endpoint.listed(
        "GET /campaigns?q=code",
        "campaign.read",
        CampaignEndpoints::name,
        Endpoint.page(c -> "/campaigns?q=" + code(c.t()) + suffix(c)));
  }

  static Endpoint editForm() {
    return record(
        "GET /campaigns/{id}/edit",
        "campaign.write",
        200,
        CampaignEndpoints::name,
        Endpoint.page(c -> "/campaigns/" + campaign(c) + "/edit"));
  }

  /** The campaign's name: "Kamp" and the customer's code without its dash. */
  static String name(Target target) {
    return "Kamp" + target.code().replace("-", "");
  }

  private static String code(Target target) {
    return "KV" + target.code().replace("-", "");
  }

  /** Nothing, once the target's campaign exists (so a list finds it). */
  private static String suffix(Cell cell) {
    campaign(cell);
    return "";
  }

  private static Map<String, Object> cost() {
    Map<String, Object> body = new HashMap<>();
    body.put("spentOn", "2027-01-15");
    body.put("amount", "10.00");
    body.put("currency", "CNY");
    body.put("note", "Probe");
    return body;
  }

  /** Sends the campaign back as it is, with its current version. */
  private static Answer update(Cell cell) {
    String path = "/api/v1/campaigns/" + campaign(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode c = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("name", c.get("name").asString());
    body.put("channel", c.get("channel").asString());
    body.put("budgetAmount", c.get("budgetAmount").asString());
    body.put("budgetCurrency", c.get("budgetCurrency").asString());
    body.put("startsOn", c.get("startsOn").asString());
    body.put("ownerId", c.get("ownerId").asString());
    body.put("orgUnitId", c.get("orgUnitId").asString());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  /** Paused and back: a move the lifecycle always allows from where it stands. */
  private static Answer toggle(Cell cell) {
    String path = "/api/v1/campaigns/" + campaign(cell);
    String status = cell.world().admin().get(path).json().get("status").asString();
    String to = status.equals("PAUSED") ? "ACTIVE" : "PAUSED";
    String json = JSON.writeValueAsString(Map.of("status", to));
    return Answer.of(path + "/status " + json, cell.api().post(path + "/status", json));
  }

  /** The target's campaign, recorded and started by the administrator for the target's owner. */
  static String campaign(Cell cell) {
    Target target = cell.t();
    return CAMPAIGNS.computeIfAbsent(
        target.id(),
        id -> {
          Map<String, Object> body = new HashMap<>();
          body.put("code", code(target));
          body.put("name", name(target));
          body.put("channel", "EVENTS");
          body.put("budgetAmount", "5000");
          body.put("budgetCurrency", "CNY");
          body.put("startsOn", "2027-01-01");
          body.put("ownerId", target.ownerId());
          body.put("orgUnitId", target.orgUnitId());
          ApiClient admin = cell.world().admin();
          ApiClient.Response created = admin.post("/api/v1/campaigns", body);
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          String campaignId = created.json().get("id").asString();
          ApiClient.Response started =
              admin.post("/api/v1/campaigns/" + campaignId + "/status", Map.of("status", "ACTIVE"));
          if (started.status() != 200) {
            throw new IllegalStateException("campaign not started: " + started.body());
          }
          return campaignId;
        });
  }
}
