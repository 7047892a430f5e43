package io.pyra.identity.role;

import io.pyra.identity.Scope;
import io.pyra.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A job role (front desk, teacher, …) and the permissions it grants. */
@Entity
@Table(name = "identity_role")
public class Role {

  public static final String ADMINISTRATOR = "ADMINISTRATOR";

  @Id private UUID id;
  private String code;
  private String name;
  private String description;

  @Column(name = "system_role")
  private boolean systemRole;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "identity_role_permission", joinColumns = @JoinColumn(name = "role_id"))
  private Set<RolePermission> permissions = new HashSet<>();

  @Version
  private Long version; // null until first saved, so Spring Data persists rather than merges

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Role() {}

  public Role(String code, String name, String description) {
    this.id = Ids.newId();
    this.code = code;
    this.name = name;
    this.description = description;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public void describe(String name, String description) {
    this.name = name;
    this.description = description;
    this.updatedAt = Instant.now();
  }

  /** Replaces the grants; a permission absent from the map is no longer granted. */
  public void grant(Map<String, Scope> grants) {
    permissions.clear();
    grants.forEach((permission, scope) -> permissions.add(new RolePermission(permission, scope)));
    this.updatedAt = Instant.now();
  }

  public boolean isAdministrator() {
    return ADMINISTRATOR.equals(code);
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean systemRole() {
    return systemRole;
  }

  public Set<RolePermission> permissions() {
    return Set.copyOf(permissions);
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
