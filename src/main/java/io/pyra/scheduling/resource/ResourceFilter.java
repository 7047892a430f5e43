package io.pyra.scheduling.resource;

import java.util.UUID;

/**
 * Which resources a list shows: of a centre (and the units below it), of a kind, active or not,
 * whose code or name holds {@code text}; null is any.
 */
public record ResourceFilter(UUID orgUnitId, ResourceKind kind, Boolean active, String text) {

  public static ResourceFilter none() {
    return new ResourceFilter(null, null, null, null);
  }
}
