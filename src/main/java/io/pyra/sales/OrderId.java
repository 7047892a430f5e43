package io.pyra.sales;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an order, contract or credit note. Other modules refer to it by this type; inside the
 * sales module the {@code UUID} is used.
 */
public record OrderId(UUID value) {

  public OrderId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static OrderId ofNullable(UUID value) {
    return value == null ? null : new OrderId(value);
  }

  /** The value of {@code id}, or {@code null} when there is no id. */
  public static UUID valueOrNull(OrderId id) {
    return id == null ? null : id.value();
  }

  /** The bare UUID, so that pages, links, messages and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
