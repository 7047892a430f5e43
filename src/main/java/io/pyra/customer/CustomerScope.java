package io.pyra.customer;

import io.pyra.identity.Visibility;
import java.util.Map;

/**
 * The visibility rule as a SQL condition on the customer table aliased {@code c}, with its named
 * parameters. The condition text is one of four constants; only parameter values vary.
 */
public record CustomerScope(String condition, Map<String, Object> parameters) {

  public static CustomerScope of(Visibility visibility) {
    if (!visibility.granted()) {
      return new CustomerScope("1 = 0", Map.of());
    }
    return switch (visibility.scope()) {
      case ALL -> new CustomerScope("1 = 1", Map.of());
      case OWN ->
          new CustomerScope(
              "c.owner_id = :viewerId", Map.of("viewerId", visibility.userId().value()));
      case ORG_UNIT ->
          new CustomerScope(
              "c.org_unit_id = :viewerOrgUnitId",
              Map.of("viewerOrgUnitId", visibility.orgUnitId().value()));
      case SUBTREE ->
          new CustomerScope(
              "c.org_unit_id in (select s.id from identity_org_unit s where s.path like :viewerPath)",
              Map.of("viewerPath", visibility.subtreePattern()));
    };
  }
}
