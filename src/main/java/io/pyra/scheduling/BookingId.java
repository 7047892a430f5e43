package io.pyra.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a booking of one or more resources for an interval. Other modules refer to it by this
 * type; inside its module the {@code UUID} is used.
 */
public record BookingId(UUID value) {

  public BookingId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static BookingId ofNullable(UUID value) {
    return value == null ? null : new BookingId(value);
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
