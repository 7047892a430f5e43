package io.pyra.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a resource (a room, a PC set, a projector, an instructor, spare hardware). Other
 * modules refer to it by this type; inside its module the {@code UUID} is used.
 */
public record ResourceId(UUID value) {

  public ResourceId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static ResourceId ofNullable(UUID value) {
    return value == null ? null : new ResourceId(value);
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
