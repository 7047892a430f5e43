package io.pyra.marketing;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a lead. Other modules refer to it by this type; inside its module the {@code UUID} is
 * used.
 */
public record LeadId(UUID value) {

  public LeadId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static LeadId ofNullable(UUID value) {
    return value == null ? null : new LeadId(value);
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
