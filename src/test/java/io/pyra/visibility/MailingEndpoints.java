package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audience and mailing rows of the visibility matrix: each target gets one audience ("Aud" and
 * the customer's code without its dash) and one draft mailing of the target's campaign to it, both
 * owned by the target customer's owner in the customer's org unit (written with SQL once per
 * target); they are seen where {@code campaign.read} reaches that owner and unit, the audience
 * changed where {@code campaign.write} does.
 */
final class MailingEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, UUID> AUDIENCES = new ConcurrentHashMap<>();
  private static final Map<String, UUID> MAILINGS = new ConcurrentHashMap<>();

  private MailingEndpoints() {}

  static Endpoint audience() {
    return record(
        "GET /api/v1/marketing/audiences/{id}",
        "campaign.read",
        200,
        MailingEndpoints::name,
        apiGet(c -> "/api/v1/marketing/audiences/" + audience(c)));
  }

  static Endpoint updateAudience() {
    return record(
        "PUT /api/v1/marketing/audiences/{id}",
        "campaign.write",
        200,
        MailingEndpoints::updateAudience);
  }

  static Endpoint audienceForm() {
    return record(
        "GET /audiences/{id}/edit",
        "campaign.write",
        200,
        MailingEndpoints::name,
        Endpoint.page(c -> "/audiences/" + audience(c) + "/edit"));
  }

  static Endpoint mailing() {
    return record(
        "GET /api/v1/mailings/{id}",
        "campaign.read",
        200,
        CampaignEndpoints::name,
        apiGet(c -> "/api/v1/mailings/" + mailing(c)));
  }

  static Endpoint recipients() {
    return record(
        "GET /api/v1/mailings/{id}/recipients",
        "campaign.read",
        200,
        apiGet(c -> "/api/v1/mailings/" + mailing(c) + "/recipients"));
  }

  static Endpoint mailingPage() {
    return record(
        "GET /mailings/{id}",
        "campaign.read",
        200,
        CampaignEndpoints::name,
        Endpoint.page(c -> "/mailings/" + mailing(c)));
  }

  static Endpoint updateMailing() {
    return record(
        "PUT /api/v1/mailings/{id}",
        "campaign.read,mailing.send",
        200,
        MailingEndpoints::updateMailing);
  }

  static Endpoint mailingForm() {
    return record(
        "GET /mailings/{id}/edit",
        "campaign.read,mailing.send",
        200,
        Endpoint.page(c -> "/mailings/" + mailing(c) + "/edit"));
  }

  static String name(Target target) {
    return "Aud" + target.code().replace("-", "");
  }

  /** Sends the audience back as it is, with its current version. */
  private static Answer updateAudience(Cell cell) {
    String path = "/api/v1/marketing/audiences/" + audience(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode a = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("name", a.get("name").asString());
    body.put("customers", true);
    body.put("filterQuery", a.get("filterQuery").asString());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  /** Sends the draft mailing back as it is, with its current version. */
  private static Answer updateMailing(Cell cell) {
    String path = "/api/v1/mailings/" + mailing(cell);
    ApiClient.Response current = cell.world().admin().get(path);
    JsonNode m = current.json();
    Map<String, Object> body = new HashMap<>();
    body.put("campaignId", m.get("campaignId").asString());
    body.put("audienceId", m.get("audienceId").asString());
    body.put("channel", m.get("channel").asString());
    body.put("language", m.get("language").asString());
    body.put("subject", m.get("subject").asString());
    body.put("body", m.get("body").asString());
    String json = JSON.writeValueAsString(body);
    return Answer.of(path + " " + json, cell.api().put(path, json, current.header("ETag")));
  }

  private static UUID audience(Cell cell) {
    Target target = cell.t();
    return AUDIENCES.computeIfAbsent(
        target.id(),
        customer -> {
          UUID id = Ids.newId();
          var now = SqlTime.utc(Instant.now());
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into marketing_audience (id, name, customers, filter_query, owner_id, org_unit_id,
                    version, created_at, updated_at)
                  values (:id, :name, true, :filter, :owner, :unit, 0, :now, :now)""")
              .param("id", id)
              .param("name", name(target))
              .param("filter", "tag=probe")
              .param("owner", target.ownerId())
              .param("unit", target.orgUnitId())
              .param("now", now)
              .update();
          return id;
        });
  }

  private static UUID mailing(Cell cell) {
    Target target = cell.t();
    UUID audience = audience(cell);
    UUID campaign = UUID.fromString(CampaignEndpoints.campaign(cell));
    return MAILINGS.computeIfAbsent(
        target.id(),
        customer -> {
          UUID id = Ids.newId();
          var now = SqlTime.utc(Instant.now());
          cell.world()
              .jdbc()
              .sql(
                  """
                  insert into marketing_mailing (id, campaign_id, audience_id, channel, language, subject, body,
                    status, owner_id, org_unit_id, version, created_at, updated_at)
                  values (:id, :campaign, :audience, 'EMAIL', 'en', 'Probe', 'Probe {name}', 'DRAFT', :owner,
                    :unit, 0, :now, :now)""")
              .param("id", id)
              .param("campaign", campaign)
              .param("audience", audience)
              .param("owner", target.ownerId())
              .param("unit", target.orgUnitId())
              .param("now", now)
              .update();
          return id;
        });
  }
}
