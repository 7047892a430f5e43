package io.pyra.platform;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.pyra.platform.MalformedRequests.Case;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the live OpenAPI document gets a bounded set of malformed requests (see {@link
 * MalformedRequests}), signed in as the administrator (the sign-in itself unsigned): none may end
 * in a server error, every refusal is an RFC 9457 problem that names the field where the fault is
 * in one field and repeats no long value, and no table gains or loses a row. Operations that
 * modules add are covered as soon as they are documented.
 */
@PyraIntegrationTest
class ApiRobustnessTests {

  private static final String TOKEN_PATH = "/api/v1/auth/token";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void noMalformedRequestEndsInAServerErrorGoesUnnamedOrWritesARow() {
    ApiClient admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    ApiClient anonymous = new ApiClient(port);
    RobustnessFixtures fixtures = new RobustnessFixtures(admin);
    fixtures.create();
    JsonNode document = admin.get("/v3/api-docs").json();
    MalformedRequests malformed = new MalformedRequests(document);
    RowCounts rows = new RowCounts(dataSource);
    Map<String, Long> before = rows.now();

    long started = System.nanoTime();
    List<String> failures = new ArrayList<>();
    List<String> unlimitedTexts = new ArrayList<>();
    int requests = 0;
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        String template = path.getKey();
        String concrete = fixtures.fill(template);
        boolean conditional =
            operation.getValue().path("parameters").toString().contains("\"If-Match\"");
        ApiClient client = template.equals(TOKEN_PATH) ? anonymous : admin;
        operations++;
        for (Case request :
            malformed.of(
                method,
                template,
                concrete,
                operation.getValue(),
                conditional ? RobustnessFixtures.CURRENT : null)) {
          ApiClient.Response response = send(client, fixtures, request);
          requests++;
          check(request, response, failures, unlimitedTexts);
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "API robustness: %d requests to %d operations in %d ms%n", requests, operations, millis);
    unlimitedTexts.forEach(
        text -> System.out.println("API robustness, text without maximum length: " + text));

    Map<String, Long> after = rows.now();
    int covered = operations;
    assertSoftly(
        soft -> {
          soft.assertThat(covered).as("operations in the API document").isGreaterThan(50);
          soft.assertThat(failures).as("malformed requests answered wrongly").isEmpty();
          soft.assertThat(after).as("row counts after the malformed requests").isEqualTo(before);
          soft.assertThat(unlimitedTexts)
              .as("100,000-character texts accepted or not named")
              .isEmpty();
        });
  }

  private static ApiClient.Response send(
      ApiClient client, RobustnessFixtures fixtures, Case request) {
    HttpRequest.Builder builder = client.builder(request.path());
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    if (request.ifMatch() != null) {
      builder.header(
          "If-Match",
          request.ifMatch().replace(RobustnessFixtures.CURRENT, fixtures.etag(request.path())));
    }
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body());
    return client.send(builder.method(request.method(), body));
  }

  private static void check(
      Case request, ApiClient.Response response, List<String> failures, List<String> texts) {
    String body = response.body().replaceAll("\\s+", " ");
    String what =
        request.method()
            + " "
            + shortPath(request.path())
            + " ["
            + request.label()
            + "] -> "
            + response.status()
            + " "
            + body.substring(0, Math.min(300, body.length()));
    if (response.status() >= 500) {
      failures.add("server error: " + what);
      return;
    }
    boolean refused = response.status() >= 400;
    if (refused) {
      String type = response.header("Content-Type");
      if (type == null || !type.startsWith("application/problem+json")) {
        failures.add("not problem+json (" + type + "): " + what);
        return;
      }
      if (response.body().length() > 8_000) {
        failures.add("answer of " + response.body().length() + " characters: " + what);
      }
    }
    switch (request.expect()) {
      case FIELD -> {
        if (!refused) {
          failures.add("accepted: " + what);
        } else if (isFieldLevel(response) && !names(response, request.field())) {
          failures.add("field " + request.field() + " not named: " + what);
        }
      }
      case LENGTH -> {
        // a new record's other sample values may be refused first; a change sends the long text
        // alone
        boolean alone = request.method().equals("PATCH");
        if (!refused
            || (alone && isFieldLevel(response) && !namesOrEncloses(response, request.field()))) {
          texts.add(what);
        }
      }
      case REFUSED -> {
        if (!refused) {
          failures.add("accepted: " + what);
        }
      }
      case NO_SERVER_ERROR -> {}
    }
  }

  /** A refusal about the request's content, as opposed to its address, permission or version. */
  private static boolean isFieldLevel(ApiClient.Response response) {
    return response.status() == 400 || response.status() == 422;
  }

  private static boolean names(ApiClient.Response response, String field) {
    JsonNode errors = response.json().path("errors");
    for (JsonNode error : errors) {
      if (error.path("field").asString().equals(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names the field or the item or object it is part of ({@code phones[0]} for {@code
   * phones[0].label}).
   */
  private static boolean namesOrEncloses(ApiClient.Response response, String field) {
    for (JsonNode error : response.json().path("errors")) {
      String named = error.path("field").asString();
      if (field.equals(named) || field.startsWith(named + ".") || field.startsWith(named + "[")) {
        return true;
      }
    }
    return false;
  }

  private static String shortPath(String path) {
    return path.length() > 120 ? path.substring(0, 120) + "…" : path;
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
