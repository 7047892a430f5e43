package io.pyra.identity.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.platform.PlaceNames;
import io.pyra.platform.audit.AuditRecordWords;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Users, org units, roles and API tokens in the audit log's words: a user by display name, a unit
 * by its name, a role by its name in the reader's language, a unit's kind and time zone in words.
 */
@Component
class IdentityAuditWords implements AuditRecordWords {

  private static final String USER = "identity_user";
  private static final String ORG_UNIT = "identity_org_unit";
  private static final String ROLE = "identity_role";
  private static final String TOKEN = "identity_api_token";

  private final IdentityApi identity;
  private final RoleService roles;
  private final RoleNames roleNames;
  private final PlaceNames places;
  private final MessageSource messages;
  private final JdbcClient jdbc;

  IdentityAuditWords(
      IdentityApi identity,
      RoleService roles,
      RoleNames roleNames,
      PlaceNames places,
      MessageSource messages,
      JdbcClient jdbc) {
    this.identity = identity;
    this.roles = roles;
    this.roleNames = roleNames;
    this.places = places;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> recordTypes() {
    // "user" and "api-token" are the types of sign-in, revocation and first-use entries
    return Set.of(USER, ORG_UNIT, ROLE, TOKEN, "user", "api-token");
  }

  @Override
  public String actorRecordType() {
    return USER;
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
    Map<String, String> names = new HashMap<>();
    switch (recordType) {
      case USER, "user" ->
          identity
              .displayNames(uuids.stream().map(UserId::new).toList())
              .forEach((id, name) -> names.put(id.value().toString(), name));
      case ORG_UNIT ->
          identity
              .orgUnitNames(uuids.stream().map(OrgUnitId::new).toList())
              .forEach((id, name) -> names.put(id.value().toString(), name));
      case ROLE -> {
        for (Role role : roles.list()) {
          if (ids.contains(role.id().toString())) {
            names.put(role.id().toString(), roleNames.of(role, locale));
          }
        }
      }
      case TOKEN, "api-token" ->
          names.putAll(
              AuditRecordWords.namesById(
                  jdbc, "select id, name from identity_api_token where id in (:ids)", ids));
      default -> {}
    }
    return names;
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case USER -> Map.of("orgUnitId", ORG_UNIT, "supervisorId", USER, "roleIds", ROLE);
      case ORG_UNIT -> Map.of("parentId", ORG_UNIT);
      case TOKEN -> Map.of("userId", USER);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (recordType.equals(ORG_UNIT) && field.equals("kind")) {
      return messages.getMessage("orgunit.kind." + value, null, null, locale);
    }
    if (recordType.equals(ORG_UNIT) && field.equals("timeZone")) {
      return places.zone(value, locale);
    }
    if (recordType.equals(USER) && field.equals("locale")) {
      return messages.getMessage("locale." + value, null, null, locale);
    }
    return null;
  }
}
