package io.pyra.sales;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a product, course or service of the catalogue. Other modules refer to it by this type;
 * inside the sales module the {@code UUID} is used.
 */
public record ProductId(UUID value) {

  public ProductId {
    Objects.requireNonNull(value, "value");
  }

  /** The id of {@code value}, or {@code null} for a {@code null} column or field. */
  public static ProductId ofNullable(UUID value) {
    return value == null ? null : new ProductId(value);
  }

  /** The bare UUID, so that pages, links and logs show the id as they always did. */
  @Override
  public String toString() {
    return value.toString();
  }
}
