package io.pyra.identity.web;

import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserRow;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The user form: the same fields for create and edit; the username is only read on create. */
public class UserForm {

  @Size(max = 60)
  private String username;

  @Size(max = 200)
  private String displayName;

  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  private UUID orgUnitId;
  private UUID supervisorId;

  @Size(max = 10)
  private String locale = "en";

  @Size(max = 50)
  private Set<UUID> roleIds = new LinkedHashSet<>();

  private boolean active = true;

  @Size(max = 200)
  private String password;

  private Long version;

  static UserForm of(UserRow user) {
    UserForm form = new UserForm();
    form.username = user.username();
    form.displayName = user.displayName();
    form.email = user.email();
    form.phone = user.phone();
    form.orgUnitId = user.orgUnitId();
    form.supervisorId = user.supervisorId();
    form.locale = user.locale();
    form.roleIds = new LinkedHashSet<>(user.roleIds());
    form.active = user.active();
    form.version = user.version();
    return form;
  }

  SaveUser toCommand() {
    return new SaveUser(
        username,
        displayName,
        email,
        phone,
        orgUnitId,
        supervisorId,
        locale,
        roleIds == null ? Set.of() : Set.copyOf(roleIds),
        active,
        password == null || password.isEmpty() ? null : password,
        version);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public UUID getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(UUID orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public UUID getSupervisorId() {
    return supervisorId;
  }

  public void setSupervisorId(UUID supervisorId) {
    this.supervisorId = supervisorId;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public Set<UUID> getRoleIds() {
    return roleIds;
  }

  public void setRoleIds(Set<UUID> roleIds) {
    this.roleIds = roleIds;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
