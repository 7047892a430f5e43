package io.pyra.interaction.supervision;

import io.pyra.identity.Visibility;
import java.util.Map;

/**
 * The people a supervisor sees, as a SQL condition on {@code identity_user} aliased {@code u}: at
 * scope OWN only themselves, ORG_UNIT the people of their unit, SUBTREE those of their unit and the
 * units below it, ALL everyone. The condition is one of five constants; only values vary.
 */
record PeopleScope(String condition, Map<String, Object> parameters) {

  static PeopleScope of(Visibility visibility) {
    if (!visibility.granted()) {
      return new PeopleScope("1 = 0", Map.of());
    }
    return switch (visibility.scope()) {
      case ALL -> new PeopleScope("1 = 1", Map.of());
      case OWN ->
          new PeopleScope("u.id = :viewerId", Map.of("viewerId", visibility.userId().value()));
      case ORG_UNIT ->
          new PeopleScope(
              "u.org_unit_id = :viewerOrgUnitId",
              Map.of("viewerOrgUnitId", visibility.orgUnitId().value()));
      case SUBTREE ->
          new PeopleScope(
              "u.org_unit_id in (select s.id from identity_org_unit s where s.path like :viewerPath)",
              Map.of("viewerPath", visibility.subtreePattern()));
    };
  }
}
