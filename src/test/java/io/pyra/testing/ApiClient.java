package io.pyra.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the API, as a script would use it. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private String token;

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Signs in through {@code POST /api/v1/auth/token} and uses the token from then on. */
  public ApiClient signIn(String username, String password) {
    Response response =
        post("/api/v1/auth/token", Map.of("username", username, "password", password));
    if (response.status() != 200) {
      throw new IllegalStateException(
          "sign-in failed: " + response.status() + " " + response.body());
    }
    this.token = response.json().get("token").asString();
    return this;
  }

  public ApiClient withToken(String token) {
    this.token = token;
    return this;
  }

  public String token() {
    return token;
  }

  public Response get(String path) {
    return send(builder(path).GET());
  }

  public Response post(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").POST(body(body)));
  }

  public Response postRaw(String path, String contentType, String body) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response patch(String path, Object body, String ifMatch) {
    HttpRequest.Builder builder =
        builder(path).header("Content-Type", "application/json").method("PATCH", body(body));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public Response put(String path, Object body) {
    return put(path, body, null);
  }

  public Response put(String path, Object body, String ifMatch) {
    HttpRequest.Builder builder =
        builder(path).header("Content-Type", "application/json").PUT(body(body));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public Response delete(String path, String ifMatch) {
    HttpRequest.Builder builder = builder(path).DELETE();
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(Object body) {
    return HttpRequest.BodyPublishers.ofString(
        body instanceof String s ? s : JSON.writeValueAsString(body));
  }

  /** A response: status, body, and the body read as JSON. */
  public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** A refusal's fields, each with the rule it broke; fails unless the status is 422. */
    public Map<String, String> refusedFields() {
      org.assertj.core.api.Assertions.assertThat(status).as(body).isEqualTo(422);
      Map<String, String> fields = new java.util.HashMap<>();
      json()
          .get("errors")
          .forEach(e -> fields.put(e.get("field").asString(), e.get("rule").asString()));
      return fields;
    }
  }
}
