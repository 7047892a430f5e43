package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;

import io.pyra.testing.ApiClient;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Target;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint rows of the visibility matrix: each target customer gets one complaint, assigned to
 * the customer's owner in the customer's org unit (opened by the administrator the first time a row
 * asks for it); a complaint's steps are seen where {@code case.read} reaches its assignee and team,
 * changed where {@code case.write} does.
 */
final class ComplaintEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> COMPLAINTS = new ConcurrentHashMap<>();

  private ComplaintEndpoints() {}

  static Endpoint read() {
    return record(
        "GET /api/v1/cases/{id}/complaint",
        "case.read",
        200,
        apiGet(c -> "/api/v1/cases/" + complaint(c) + "/complaint"));
  }

  static Endpoint panel() {
    return record(
        "GET /cases/{id}/complaint (panel)",
        "case.read",
        200,
        Endpoint.page(c -> "/cases/" + complaint(c) + "/complaint"));
  }

  static Endpoint rootCause() {
    return record(
        "POST /api/v1/cases/{id}/complaint/root-cause",
        "case.read,case.write",
        200,
        ComplaintEndpoints::setRootCause);
  }

  private static Answer setRootCause(Cell cell) {
    String path = "/api/v1/cases/" + complaint(cell) + "/complaint/root-cause";
    // a shipped root cause (People): the complaint's root cause must be an active term
    String json =
        JSON.writeValueAsString(
            Map.of("rootCauseId", UUID.fromString("01a25c00-0000-7000-8000-000000001100")));
    return Answer.of(path + " " + json, cell.api().post(path, json));
  }

  /** The target's complaint, opened by the administrator for the target's owner and unit. */
  private static String complaint(Cell cell) {
    Target target = cell.t();
    return COMPLAINTS.computeIfAbsent(
        target.id(),
        id -> {
          ApiClient.Response created =
              cell.world()
                  .admin()
                  .post(
                      "/api/v1/cases",
                      Map.of(
                          "customerId",
                          id,
                          "type",
                          "COMPLAINT",
                          "severity",
                          "MINOR",
                          "channel",
                          "PHONE",
                          "subject",
                          "Complaint",
                          "assigneeId",
                          target.ownerId(),
                          "teamId",
                          target.orgUnitId()));
          if (created.status() != 201) {
            throw new IllegalStateException(
                "setting up the matrix failed: " + created.status() + " " + created.body());
          }
          return created.json().get("id").asString();
        });
  }
}
