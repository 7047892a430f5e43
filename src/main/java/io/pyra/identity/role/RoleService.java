package io.pyra.identity.role;

import io.pyra.identity.RoleDeletionGuard;
import io.pyra.identity.RoleSummary;
import io.pyra.identity.Scope;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and the permission catalogue. The administrator role always keeps every permission. */
@Service
@Transactional
public class RoleService {

  private final RoleRepository roles;
  private final JdbcClient jdbc;
  private final List<RoleDeletionGuard> deletionGuards;

  RoleService(RoleRepository roles, JdbcClient jdbc, List<RoleDeletionGuard> deletionGuards) {
    this.roles = roles;
    this.jdbc = jdbc;
    this.deletionGuards = List.copyOf(deletionGuards);
  }

  @Transactional(readOnly = true)
  public List<Permission> catalogue() {
    return jdbc.sql(
            "select code, resource, action from identity_permission order by sort_order, code")
        .query(Permission.class)
        .list();
  }

  @Transactional(readOnly = true)
  public List<Role> list() {
    return roles.findAllByOrderByNameAsc();
  }

  @Transactional(readOnly = true)
  public Role get(UUID id) {
    return roles.findById(id).orElseThrow(() -> new RecordNotFoundException("role", id));
  }

  @Transactional(readOnly = true)
  public Role byCode(String code) {
    return roles
        .findByCodeIgnoreCase(code)
        .orElseThrow(() -> new RecordNotFoundException("role", code));
  }

  /** How many users (active or not) hold each role that is held at all. */
  @Transactional(readOnly = true)
  public Map<UUID, Long> holderCounts() {
    return jdbc
        .sql("select role_id, count(*) from identity_user_role group by role_id")
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public Role create(SaveRole command) {
    List<RuleViolation> violations = validate(command, null);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    Role role =
        new Role(
            command.code().strip().toUpperCase(Locale.ROOT),
            command.name().strip(),
            blankToNull(command.description()));
    role.grant(grantsOf(command));
    return roles.saveAndFlush(role);
  }

  public Role update(UUID id, SaveRole command) {
    Role role = get(id);
    if (command.version() != null && command.version() != role.version()) {
      throw new StaleVersionException("role", command.version(), role.version());
    }
    List<RuleViolation> violations = validate(command, role);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    role.describe(command.name().strip(), blankToNull(command.description()));
    role.grant(role.isAdministrator() ? allAtAll() : grantsOf(command));
    return role;
  }

  public void delete(UUID id, Long version) {
    Role role = get(id);
    if (version != null && version != role.version()) {
      throw new StaleVersionException("role", version, role.version());
    }
    if (role.systemRole()) {
      throw new BusinessRuleException(null, "system-role", "role.delete.system", role.name());
    }
    long holders =
        jdbc.sql("select count(*) from identity_user_role where role_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    if (holders > 0) {
      throw new BusinessRuleException(null, "in-use", "role.delete.in-use", role.name(), holders);
    }
    RoleSummary summary = new RoleSummary(role.id(), role.code(), role.name(), role.systemRole());
    List<RuleViolation> refusals =
        deletionGuards.stream()
            .map(guard -> guard.refuseDeleting(summary))
            .flatMap(Optional::stream)
            .toList();
    if (!refusals.isEmpty()) {
      throw new BusinessRuleException(refusals);
    }
    roles.delete(role);
  }

  private List<RuleViolation> validate(SaveRole command, Role existing) {
    List<RuleViolation> violations = new ArrayList<>();
    if (existing == null) {
      String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        violations.add(new RuleViolation("code", "required", "validation.required", "code"));
      } else if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
        violations.add(new RuleViolation("code", "pattern", "role.code.pattern"));
      } else if (roles.findByCodeIgnoreCase(code).isPresent()) {
        violations.add(new RuleViolation("code", "unique", "role.code.unique", code));
      }
    }
    if (command.name() == null || command.name().isBlank()) {
      violations.add(new RuleViolation("name", "required", "validation.required", "name"));
    } else if (command.name().strip().length() > 100) {
      violations.add(new RuleViolation("name", "size", "validation.size", "name", 1, 100));
    }
    Set<String> known = catalogue().stream().map(Permission::code).collect(Collectors.toSet());
    if (command.grants() != null) {
      command.grants().keySet().stream()
          .filter(code -> !known.contains(code))
          .forEach(
              code ->
                  violations.add(
                      new RuleViolation(
                          "grants", "unknown-permission", "role.permission.unknown", code)));
      // Saying nothing about the administrator's grants keeps them; asking for less is refused, not
      // ignored.
      if (existing != null && existing.isAdministrator() && !grantsOf(command).equals(allAtAll())) {
        violations.add(new RuleViolation("grants", "administrator-all", "role.administrator.all"));
      }
    }
    return violations;
  }

  private Map<String, Scope> grantsOf(SaveRole command) {
    Map<String, Scope> grants = new LinkedHashMap<>();
    if (command.grants() != null) {
      command
          .grants()
          .forEach(
              (code, scope) -> {
                if (scope != null) {
                  grants.put(code, scope);
                }
              });
    }
    return grants;
  }

  private Map<String, Scope> allAtAll() {
    Map<String, Scope> grants = new LinkedHashMap<>();
    catalogue().forEach(p -> grants.put(p.code(), Scope.ALL));
    return grants;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
