package io.pyra.interaction;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contact record. Other modules refer to it by this type; inside its module the {@code
 * UUID} is used.
 */
public record ContactRecordId(UUID value) {

  public ContactRecordId {
    Objects.requireNonNull(value, "value");
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
