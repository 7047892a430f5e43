package io.pyra.platform.validation;

import io.swagger.v3.oas.annotations.media.Content;
import jakarta.validation.Valid;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every JSON request body of the API to the limits its type declares, before the controller
 * runs: a body read as a record is checked as it is; a PATCH read as a JSON tree is checked as the
 * schema its OpenAPI documentation names. A new operation needs nothing more than {@code @Size} on
 * its request record. Bodies marked {@code @Valid} are left to Spring's own validation.
 */
@RestControllerAdvice(annotations = RestController.class)
class RequestBodyLimits extends RequestBodyAdviceAdapter {

  private final InputLimits limits;
  private final JsonMapper json;

  RequestBodyLimits(InputLimits limits, JsonMapper json) {
    this.limits = limits;
    this.json = json;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return !parameter.hasParameterAnnotation(Valid.class);
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (body instanceof JsonNode tree) {
      Class<?> documented = documentedSchema(parameter);
      if (documented != null && tree.isObject()) {
        Object request;
        try {
          request = json.treeToValue(tree, documented);
        } catch (JacksonException | IllegalArgumentException unreadable) {
          return body; // the controller reads the tree itself and reports what is wrong with it
        }
        limits.check(request);
      }
    } else if (body != null && body.getClass().getPackageName().startsWith("io.pyra")) {
      limits.check(body);
    }
    return body;
  }

  private static Class<?> documentedSchema(MethodParameter parameter) {
    var documented =
        parameter.getParameterAnnotation(
            io.swagger.v3.oas.annotations.parameters.RequestBody.class);
    if (documented == null) {
      return null;
    }
    for (Content content : documented.content()) {
      Class<?> type = content.schema().implementation();
      if (type != Void.class) {
        return type;
      }
    }
    return null;
  }
}
