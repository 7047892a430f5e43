package io.pyra.identity.web;

import io.pyra.identity.role.Role;
import io.pyra.identity.role.RolePermission;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The role form: code (on create only), name, description and the permission matrix as {@code
 * grants[<permission>] = <scope>} (empty: not granted); {@code version} is the one shown.
 */
public class RoleForm {

  @Size(max = 40)
  private String code;

  @Size(max = 100)
  private String name;

  @Size(max = 500)
  private String description;

  @Size(max = 200)
  private Map<String, String> grants = new LinkedHashMap<>();

  private Long version;

  static RoleForm of(Role role) {
    RoleForm form = new RoleForm();
    form.code = role.code();
    form.name = role.name();
    form.description = role.description();
    for (RolePermission permission : role.permissions()) {
      form.grants.put(permission.permission(), permission.scope().name());
    }
    form.version = role.version();
    return form;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Map<String, String> getGrants() {
    return grants;
  }

  public void setGrants(Map<String, String> grants) {
    this.grants = grants == null ? new LinkedHashMap<>() : grants;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
