package io.pyra.sales;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a payment. Other modules refer to it by this type; inside its module the {@code UUID}
 * is used.
 */
public record PaymentId(UUID value) {

  public PaymentId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static PaymentId ofNullable(UUID value) {
    return value == null ? null : new PaymentId(value);
  }

  /** The value of {@code id}, or {@code null} when there is no id. */
  public static UUID valueOrNull(PaymentId id) {
    return id == null ? null : id.value();
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
