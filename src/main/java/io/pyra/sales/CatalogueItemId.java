package io.pyra.sales;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a product or a product category of the catalogue (see {@link CatalogueItem}), for a
 * module that lets either stand for what someone is interested in.
 */
public record CatalogueItemId(UUID value) {

  public CatalogueItemId {
    Objects.requireNonNull(value, "value");
  }

  /** The bare UUID, so that pages and links show the id as it is. */
  @Override
  public String toString() {
    return value.toString();
  }
}
