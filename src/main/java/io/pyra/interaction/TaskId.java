package io.pyra.interaction;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a task. Other modules refer to it by this type; inside its module the {@code UUID} is
 * used.
 */
public record TaskId(UUID value) {

  public TaskId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
