package io.pyra.platform.error;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a JSON body that could not be read, the way bean validation names it: nested
 * properties joined by dots ({@code address.city}), list items by their index in brackets ({@code
 * roleIds[0]}, {@code phones[1].number}); and the rule it broke.
 */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<JacksonException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getPropertyName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  static String rule(DatabindException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown-field";
    }
    if (e instanceof ControlCharacterException) {
      return "control-character";
    }
    if (e instanceof InvalidNullException && isItem(e.getPath())) {
      return "null-item";
    }
    if (e instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null
        && Temporal.class.isAssignableFrom(mismatch.getTargetType())) {
      return mismatch.getTargetType() == LocalDate.class ? "date" : "date-time";
    }
    return "type";
  }

  private static boolean isItem(List<JacksonException.Reference> path) {
    return !path.isEmpty() && path.get(path.size() - 1).getPropertyName() == null;
  }
}
