package io.pyra.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a role. Other modules refer to it by this type; inside its module the {@code UUID} is
 * used.
 */
public record RoleId(UUID value) {

  public RoleId {
    Objects.requireNonNull(value, "value");
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
