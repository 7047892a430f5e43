package io.pyra.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every text and every list a client can send is bounded in the published API: each string of a
 * request body (and of its nested schemas) has a {@code maxLength}, each array a {@code maxItems}.
 * New modules are covered as they add operations, so none can forget a limit.
 */
@PyraIntegrationTest
class RequestSchemaLimitsTests {

  /** Strings whose format bounds them already. */
  private static final Set<String> BOUNDED_FORMATS =
      Set.of("uuid", "date", "date-time", "binary", "byte");

  @LocalServerPort int port;

  @Test
  void everyStringAndListOfARequestBodyHasAnUpperBound() {
    JsonNode docs = new ApiClient(port).get("/v3/api-docs").json();
    List<String> unbounded = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode content = operation.getValue().path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
          String where =
              operation.getKey().toUpperCase() + " " + path.getKey() + " (" + media.getKey() + ")";
          JsonNode schema = media.getValue().path("schema");
          if (undescribed(docs, schema)) {
            unbounded.add(
                where
                    + ": a body without a described schema (name the request record in the docs)");
          }
          checked += walk(docs, schema, where, new HashSet<>(), unbounded);
        }
      }
    }

    assertThat(checked).as("request body properties checked").isGreaterThan(100);
    assertThat(unbounded).as("request body properties without an upper bound").isEmpty();
  }

  private static int walk(
      JsonNode docs, JsonNode schema, String where, Set<String> seen, List<String> unbounded) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      if (!seen.add(ref)) {
        return 0;
      }
      return walk(
          docs,
          docs.at(ref.substring(1)),
          where + " " + ref.substring(ref.lastIndexOf('/') + 1),
          seen,
          unbounded);
    }
    int checked = 0;
    for (String combined : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : schema.path(combined)) {
        checked += walk(docs, part, where, seen, unbounded);
      }
    }
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      checked++;
      JsonNode value = property.getValue();
      String field = where + "." + property.getKey();
      bounded(value, field, unbounded);
      checked += walk(docs, value, field, seen, unbounded);
    }
    if (schema.has("items")) {
      bounded(schema.get("items"), where + "[]", unbounded);
      checked += walk(docs, schema.get("items"), where + "[]", seen, unbounded);
    }
    if (schema.path("additionalProperties").isObject()) {
      bounded(schema.get("additionalProperties"), where + "{}", unbounded);
      checked += walk(docs, schema.get("additionalProperties"), where + "{}", seen, unbounded);
    }
    return checked;
  }

  /**
   * A free-form object (a JSON tree read by hand) says nothing about its fields or their limits.
   */
  private static boolean undescribed(JsonNode docs, JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    if (ref.endsWith("/JsonNode") || ref.endsWith("/ObjectNode")) {
      return true;
    }
    JsonNode resolved = ref.isEmpty() ? schema : docs.at(ref.substring(1));
    return "object".equals(type(resolved))
        && !resolved.has("properties")
        && !resolved.has("additionalProperties")
        && !resolved.has("allOf")
        && !resolved.has("oneOf")
        && !resolved.has("anyOf");
  }

  private static void bounded(JsonNode schema, String field, List<String> unbounded) {
    String type = type(schema);
    if ("string".equals(type)
        && !schema.has("maxLength")
        && !schema.has("enum")
        && !BOUNDED_FORMATS.contains(schema.path("format").asString(""))) {
      unbounded.add(field + ": string without maxLength");
    }
    if ("array".equals(type) && !schema.has("maxItems")) {
      unbounded.add(field + ": array without maxItems");
    }
    if ("object".equals(type)
        && schema.has("additionalProperties")
        && !schema.has("maxProperties")) {
      unbounded.add(field + ": map without maxProperties");
    }
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asString())) {
          return t.asString();
        }
      }
    }
    return type.asString("");
  }
}
