package io.pyra.marketing;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an appointment (a visit booked at a centre). Other modules refer to it by this type;
 * inside its module the {@code UUID} is used.
 */
public record AppointmentId(UUID value) {

  public AppointmentId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static AppointmentId ofNullable(UUID value) {
    return value == null ? null : new AppointmentId(value);
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
