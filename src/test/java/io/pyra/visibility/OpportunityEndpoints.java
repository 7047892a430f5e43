package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;
import static io.pyra.visibility.Endpoint.silent;

import io.pyra.testing.ApiClient;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opportunity rows of the visibility matrix: each target customer gets one opportunity, owned
 * by the customer's owner in the customer's org unit (recorded by the administrator the first time
 * a row asks for it); an opportunity is seen where {@code opportunity.read} reaches its owner and
 * unit, moved where {@code opportunity.write} does.
 */
final class OpportunityEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> OPPORTUNITIES = new ConcurrentHashMap<>();

  private OpportunityEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/opportunities/{id}",
        "opportunity.read",
        200,
        Target::code,
        apiGet(c -> "/api/v1/opportunities/" + opportunity(c)));
  }

  static Endpoint listed() {
    return Endpoint.listed(
        "GET /api/v1/opportunities?customerId",
        "opportunity.read",
        Target::code,
        apiGet(c -> "/api/v1/opportunities?customerId=" + c.t().id()));
  }

  static Endpoint move() {
    return record(
        "POST /api/v1/opportunities/{id}/stage",
        "opportunity.write",
        200,
        OpportunityEndpoints::moveToVisit);
  }

  static Endpoint page() {
    return record(
        "GET /opportunities/{id}",
        "opportunity.read",
        200,
        Target::name,
        Endpoint.page(c -> "/opportunities/" + opportunity(c)));
  }

  static Endpoint listPage() {
    return Endpoint.listed(
        "GET /opportunities?q=customer name",
        "opportunity.read",
        Target::code,
        Endpoint.page(
            c ->
                "/opportunities?q="
                    + java.net.URLEncoder.encode(
                        c.t().name(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  static Endpoint board() {
    return silent(
        "GET /opportunities/board", Endpoint.page(c -> "/opportunities/board?pipeline=TRAINING"));
  }

  private static Answer moveToVisit(Cell cell) {
    String path = "/api/v1/opportunities/" + opportunity(cell) + "/stage";
    String json = JSON.writeValueAsString(Map.of("stage", "VISIT"));
    return Answer.of(path + " " + json, cell.api().post(path, json));
  }

  /** The target's opportunity, recorded by the administrator for the target's owner. */
  private static String opportunity(Cell cell) {
    Target target = cell.t();
    return OPPORTUNITIES.computeIfAbsent(
        target.id(),
        id -> {
          ApiClient.Response created =
              cell.world()
                  .admin()
                  .post(
                      "/api/v1/opportunities",
                      Map.of(
                          "title",
                          "Deal",
                          "customerId",
                          id,
                          "ownerId",
                          target.ownerId(),
                          "pipeline",
                          "TRAINING",
                          "amount",
                          "100",
                          "currency",
                          "CNY"));
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          return created.json().get("id").asString();
        });
  }
}
