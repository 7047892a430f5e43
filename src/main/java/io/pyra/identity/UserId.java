package io.pyra.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a staff user. Other modules refer to it by this type; inside its module the {@code
 * UUID} is used.
 */
public record UserId(UUID value) {

  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static UserId ofNullable(UUID value) {
    return value == null ? null : new UserId(value);
  }

  /** The value of {@code id}, or {@code null} when there is no id. */
  public static UUID valueOrNull(UserId id) {
    return id == null ? null : id.value();
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
