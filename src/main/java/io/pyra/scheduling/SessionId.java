package io.pyra.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a class session (a course's scheduled session). Other modules refer to it by this
 * type; inside its module the {@code UUID} is used.
 */
public record SessionId(UUID value) {

  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static SessionId ofNullable(UUID value) {
    return value == null ? null : new SessionId(value);
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
