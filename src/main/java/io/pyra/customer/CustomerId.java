package io.pyra.customer;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer. Other modules refer to it by this type; inside its module the {@code UUID}
 * is used.
 */
public record CustomerId(UUID value) {

  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static CustomerId ofNullable(UUID value) {
    return value == null ? null : new CustomerId(value);
  }

  /** The value of {@code id}, or {@code null} when there is no id. */
  public static UUID valueOrNull(CustomerId id) {
    return id == null ? null : id.value();
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
