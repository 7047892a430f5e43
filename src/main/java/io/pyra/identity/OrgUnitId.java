package io.pyra.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an org unit (company, region, branch or team). Other modules refer to it by this type;
 * inside its module the {@code UUID} is used.
 */
public record OrgUnitId(UUID value) {

  public OrgUnitId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static OrgUnitId ofNullable(UUID value) {
    return value == null ? null : new OrgUnitId(value);
  }

  /** The value of {@code id}, or {@code null} when there is no id. */
  public static UUID valueOrNull(OrgUnitId id) {
    return id == null ? null : id.value();
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
