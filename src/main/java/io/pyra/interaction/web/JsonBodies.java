package io.pyra.interaction.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a PATCH body twice: as a tree, to tell a field sent as {@code null} from one not sent, and
 * as the request record; an unknown field or a wrong type is the same 400 as on a create.
 */
@Component
class JsonBodies {

  private final JsonMapper json;

  JsonBodies(JsonMapper json) {
    this.json = json;
  }

  <T> T read(JsonNode body, Class<T> type, HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw new HttpMessageNotReadableException(
          "a JSON object is expected", new ServletServerHttpRequest(request));
    }
    try {
      return json.treeToValue(body, type);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    }
  }
}
