package io.pyra.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed requests sent to one operation of the OpenAPI document, derived from its parameters
 * and request body schema, so that a new operation is covered as soon as it is documented. Fields
 * are named as bean validation names them: {@code address.city} for a nested property, {@code
 * phones[0].number} and {@code roleIds[0]} for list items.
 */
final class MalformedRequests {

  /** What an answer must show. */
  enum Expect {
    /** Refused (4xx) naming the field. */
    FIELD,
    /**
     * Refused (4xx) naming the field, or, until every text has its maximum length, accepted: listed
     * apart.
     */
    LENGTH,
    /** Refused (4xx). */
    REFUSED,
    /** Anything but a server error. */
    NO_SERVER_ERROR
  }

  record Case(
      String label,
      String method,
      String path,
      String contentType,
      String body,
      String ifMatch,
      Expect expect,
      String field) {}

  static final String LONG = "x".repeat(100_000);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode document;

  MalformedRequests(JsonNode document) {
    this.document = document;
  }

  /** Every malformed request for one operation; {@code path} has its ids filled in. */
  List<Case> of(String method, String template, String path, JsonNode operation, String ifMatch) {
    List<Case> cases = new ArrayList<>();
    pathCases(method, template, path, operation, cases);
    queryCases(method, path, operation, cases);
    JsonNode content = operation.path("requestBody").path("content");
    if (content.has("application/json")) {
      bodyCases(
          method, path, resolve(content.get("application/json").get("schema")), ifMatch, cases);
    } else if (content.has("multipart/form-data")) {
      cases.add(
          new Case(
              "multipart without boundary",
              method,
              path,
              "multipart/form-data",
              "x",
              null,
              Expect.REFUSED,
              null));
      cases.add(
          new Case(
              "broken multipart",
              method,
              path,
              "multipart/form-data; boundary=zz",
              "--zz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
              null,
              Expect.REFUSED,
              null));
    }
    if (operation.path("parameters").toString().contains("\"If-Match\"")
        && !content.has("application/json")) {
      cases.add(new Case("weak ETag", method, path, null, null, "W/\"1\"", Expect.REFUSED, null));
      cases.add(new Case("no ETag", method, path, null, null, null, Expect.REFUSED, null));
      cases.add(new Case("garbage ETag", method, path, null, null, "\"abc", Expect.REFUSED, null));
    }
    return cases;
  }

  private void pathCases(
      String method, String template, String path, JsonNode operation, List<Case> cases) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (!"path".equals(parameter.path("in").asString())) {
        continue;
      }
      String name = parameter.get("name").asString();
      for (String bad : List.of("", "not-a-uuid", UUID.randomUUID().toString(), "%00", "a%01b")) {
        String concrete = fill(template, path, name, bad);
        cases.add(
            new Case(
                "path " + name + "=" + bad,
                method,
                concrete,
                null,
                bodyFor(operation),
                null,
                Expect.REFUSED,
                null));
      }
    }
  }

  /** The concrete path with one parameter replaced. */
  private static String fill(String template, String path, String name, String value) {
    String[] templateParts = template.split("/", -1);
    String[] pathParts = path.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < templateParts.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(templateParts[i].equals("{" + name + "}") ? value : pathParts[i]);
    }
    return out.toString();
  }

  private String bodyFor(JsonNode operation) {
    return operation.path("requestBody").path("content").has("application/json") ? "{}" : null;
  }

  private void queryCases(String method, String path, JsonNode operation, List<Case> cases) {
    boolean any = false;
    for (JsonNode parameter : operation.path("parameters")) {
      if (!"query".equals(parameter.path("in").asString())) {
        continue;
      }
      any = true;
      JsonNode schema = resolve(parameter.path("schema"));
      String name = parameter.get("name").asString();
      if (!schema.has("type")) {
        name = "q"; // a map of free filters: q is one of them
      }
      String body = bodyFor(operation);
      String type = schema.path("type").asString();
      cases.add(query(method, path, name, "a%00b", body, "NUL"));
      cases.add(query(method, path, name, "a%1Bb", body, "ESC"));
      switch (type) {
        case "integer" -> {
          cases.add(query(method, path, name, "1.5", body, "1.5"));
          cases.add(query(method, path, name, "x", body, "text"));
        }
        case "boolean" -> cases.add(query(method, path, name, "2", body, "2"));
        case "array" -> {
          cases.add(
              new Case(
                  "query " + name + "=,",
                  method,
                  path + "?" + name + "=,",
                  null,
                  body,
                  null,
                  Expect.NO_SERVER_ERROR,
                  null));
          cases.add(query(method, path, name, "not-a-uuid", body, "text"));
        }
        case "string" -> {
          String format = schema.path("format").asString();
          if (format.equals("uuid") || format.equals("date-time") || format.equals("date")) {
            cases.add(query(method, path, name, "not-a-" + format, body, format));
          }
        }
        default -> {}
      }
    }
    if (any) {
      cases.add(
          new Case(
              "query too long for the request line",
              method,
              path + "?q=" + "x".repeat(20_000),
              null,
              bodyFor(operation),
              null,
              Expect.REFUSED,
              null));
    }
  }

  private static Case query(
      String method, String path, String name, String value, String body, String label) {
    String separator = path.contains("?") ? "&" : "?";
    Expect expect = value.equals("not-a-uuid") ? Expect.NO_SERVER_ERROR : Expect.FIELD;
    return new Case(
        "query " + name + " " + label,
        method,
        path + separator + name + "=" + value,
        null,
        body,
        null,
        expect,
        name);
  }

  private void bodyCases(
      String method, String path, JsonNode schema, String ifMatch, List<Case> cases) {
    // a change names only what it changes, so each case sends its one field; a new record gets all
    // of them
    Map<String, Object> base = method.equals("PATCH") ? Map.of() : sampleObject(schema, 3);
    String json = "application/json";
    for (Slot slot : slots(schema, List.of(), "", 2)) {
      JsonNode property = slot.schema();
      String type = property.path("type").asString();
      if (property.has("enum")) {
        type = "enum";
      }
      switch (type) {
        case "string", "enum" -> {
          cases.add(
              body(
                  method,
                  path,
                  "NUL in " + slot.field(),
                  with(base, slot, "a\u0000b"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
          cases.add(
              body(
                  method,
                  path,
                  "BEL in " + slot.field(),
                  with(base, slot, "a\u0007b"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
          cases.add(
              body(
                  method,
                  path,
                  "object for " + slot.field(),
                  with(base, slot, Map.of("x", true)),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
          if (type.equals("string") && !property.has("format")) {
            cases.add(
                body(
                    method,
                    path,
                    "100,000 characters in " + slot.field(),
                    with(base, slot, LONG),
                    ifMatch,
                    Expect.LENGTH,
                    slot.field()));
          } else {
            cases.add(
                body(
                    method,
                    path,
                    "bad value for " + slot.field(),
                    with(base, slot, "not-valid-2026-13-45"),
                    ifMatch,
                    Expect.FIELD,
                    slot.field()));
          }
        }
        case "integer" -> {
          cases.add(
              body(
                  method,
                  path,
                  "1.5 for " + slot.field(),
                  with(base, slot, 1.5),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
          cases.add(
              body(
                  method,
                  path,
                  "text for " + slot.field(),
                  with(base, slot, "x"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
        }
        case "number" ->
            cases.add(
                body(
                    method,
                    path,
                    "text for " + slot.field(),
                    with(base, slot, "x"),
                    ifMatch,
                    Expect.FIELD,
                    slot.field()));
        case "boolean" -> {
          cases.add(
              body(
                  method,
                  path,
                  "2 for " + slot.field(),
                  with(base, slot, 2),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
          cases.add(
              body(
                  method,
                  path,
                  "text for " + slot.field(),
                  with(base, slot, "x"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
        }
        case "array" -> {
          List<Object> withNull = new ArrayList<>();
          withNull.add(null);
          cases.add(
              body(
                  method,
                  path,
                  "null item in " + slot.field(),
                  with(base, slot, withNull),
                  ifMatch,
                  Expect.FIELD,
                  slot.field() + "[0]"));
          cases.add(
              body(
                  method,
                  path,
                  "text for " + slot.field(),
                  with(base, slot, "x"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
        }
        case "object" -> {
          Map<String, Object> unknown = new LinkedHashMap<>(sampleObject(property, 2));
          unknown.put("zzUnknown", 1);
          if (property.has("properties")) {
            cases.add(
                body(
                    method,
                    path,
                    "unknown key in " + slot.field(),
                    with(base, slot, unknown),
                    ifMatch,
                    Expect.FIELD,
                    slot.field() + ".zzUnknown"));
          }
          cases.add(
              body(
                  method,
                  path,
                  "text for " + slot.field(),
                  with(base, slot, "x"),
                  ifMatch,
                  Expect.FIELD,
                  slot.field()));
        }
        default -> {}
      }
    }
    Map<String, Object> unknown = new LinkedHashMap<>(base);
    unknown.put("zzUnknown", 1);
    cases.add(
        body(method, path, "unknown top-level key", unknown, ifMatch, Expect.FIELD, "zzUnknown"));
    Expect missing =
        method.equals("POST") && schema.has("required") ? Expect.REFUSED : Expect.NO_SERVER_ERROR;
    cases.add(body(method, path, "no fields", Map.of(), ifMatch, missing, null));
    for (String type :
        List.of(
            "*/*",
            "text/plain",
            "multipart/form-data",
            "application/xml",
            "application/x-www-form-urlencoded",
            "not a type")) {
      cases.add(
          new Case(
              "Content-Type " + type,
              method,
              path,
              type,
              JSON.writeValueAsString(base),
              ifMatch,
              Expect.REFUSED,
              null));
    }
    for (String raw :
        List.of(
            "{\"a\": ",
            "[]",
            "null",
            "\"text\"",
            "{\"a\":1}{",
            deep(5_000),
            "{\"x\": \"" + "y".repeat(2 * 1024 * 1024) + "\"}")) {
      cases.add(
          new Case(
              "raw body " + raw.substring(0, Math.min(12, raw.length())),
              method,
              path,
              json,
              raw,
              ifMatch,
              Expect.REFUSED,
              null));
    }
    if (ifMatch != null) {
      cases.add(
          new Case("weak ETag", method, path, json, "{}", "W/" + ifMatch, Expect.REFUSED, null));
      cases.add(new Case("garbage ETag", method, path, json, "{}", "\"abc", Expect.REFUSED, null));
    }
  }

  private static String deep(int depth) {
    return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  private static Case body(
      String method,
      String path,
      String label,
      Object body,
      String ifMatch,
      Expect expect,
      String field) {
    return new Case(
        label,
        method,
        path,
        "application/json",
        JSON.writeValueAsString(body),
        ifMatch,
        expect,
        field);
  }

  /** A property somewhere in the body: its route (keys and list indexes), name and schema. */
  record Slot(List<Object> route, String field, JsonNode schema, Map<List<Object>, Object> items) {}

  private List<Slot> slots(JsonNode schema, List<Object> route, String prefix, int depth) {
    List<Slot> slots = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode propertySchema = resolve(property.getValue());
      List<Object> at = new ArrayList<>(route);
      at.add(property.getKey());
      String field = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
      slots.add(new Slot(at, field, propertySchema, Map.of()));
      if (depth <= 0) {
        continue;
      }
      if (propertySchema.has("properties")) {
        slots.addAll(slots(propertySchema, at, field, depth - 1));
      }
      JsonNode items = resolve(propertySchema.path("items"));
      if ("array".equals(propertySchema.path("type").asString()) && items.has("properties")) {
        List<Object> item = new ArrayList<>(at);
        item.add(0);
        for (Slot inner : slots(items, item, field + "[0]", depth - 1)) {
          Map<List<Object>, Object> needed = new LinkedHashMap<>(inner.items());
          needed.put(List.copyOf(at), sampleObject(items, 1));
          slots.add(new Slot(inner.route(), inner.field(), inner.schema(), needed));
        }
      }
    }
    return slots;
  }

  /** The base body with one value replaced, any list on the way holding one sample item. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> base, Slot slot, Object value) {
    Map<String, Object> copy = (Map<String, Object>) deepCopy(base);
    for (Map.Entry<List<Object>, Object> item : slot.items().entrySet()) {
      Object list = new ArrayList<>(List.of(deepCopy(item.getValue())));
      put(copy, item.getKey(), list);
    }
    put(copy, slot.route(), value);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object root, List<Object> route, Object value) {
    Object container = root;
    for (int i = 0; i < route.size() - 1; i++) {
      Object step = route.get(i);
      Object next =
          step instanceof Integer index
              ? ((List<Object>) container).get(index)
              : ((Map<String, Object>) container).get(step);
      if (next == null) {
        next = new LinkedHashMap<String, Object>();
        ((Map<String, Object>) container).put((String) step, next);
      }
      container = next;
    }
    Object last = route.get(route.size() - 1);
    if (last instanceof Integer index) {
      ((List<Object>) container).set(index, value);
    } else {
      ((Map<String, Object>) container).put((String) last, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }

  private Map<String, Object> sampleObject(JsonNode schema, int depth) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : resolve(schema).path("properties").properties()) {
      Object value = sample(resolve(property.getValue()), depth - 1);
      if (value != null) {
        body.put(property.getKey(), value);
      }
    }
    return body;
  }

  private Object sample(JsonNode schema, int depth) {
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asString();
    }
    return switch (schema.path("type").asString()) {
      case "string" ->
          switch (schema.path("format").asString()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2026-12-01T10:00:00+08:00";
            case "date" -> "2026-12-01";
            default -> "Sample";
          };
      case "integer", "number" -> 1;
      case "boolean" -> false;
      case "array" -> List.of();
      case "object" -> depth > 0 ? sampleObject(schema, depth) : null;
      default -> null;
    };
  }

  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current != null && current.has("$ref")) {
      String name = current.get("$ref").asString().replace("#/components/schemas/", "");
      current = document.path("components").path("schemas").path(name);
    }
    return current == null ? JSON.createObjectNode() : current;
  }
}
