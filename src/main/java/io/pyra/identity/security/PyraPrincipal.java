package io.pyra.identity.security;

import io.pyra.identity.Scope;
import io.pyra.platform.audit.AuditActor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff user as Spring Security sees them: identity, org unit and the widest scope of
 * each permission their roles grant. Kept in the HTTP session (hence serializable) and reloaded
 * from the database on every request.
 */
public final class PyraPrincipal
    implements UserDetails, CredentialsContainer, AuditActor, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String username;
  private final String displayName;
  private final UUID orgUnitId;
  private final String orgUnitPath;
  private final String locale;
  private final boolean active;
  private final Map<String, Scope> grants;
  private String passwordHash;

  public PyraPrincipal(
      UUID id,
      String username,
      String displayName,
      UUID orgUnitId,
      String orgUnitPath,
      String locale,
      boolean active,
      Map<String, Scope> grants,
      String passwordHash) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.orgUnitId = orgUnitId;
    this.orgUnitPath = orgUnitPath;
    this.locale = locale;
    this.active = active;
    this.grants = Map.copyOf(grants);
    this.passwordHash = passwordHash;
  }

  PyraPrincipal withGrants(Map<String, Scope> grants) {
    return new PyraPrincipal(
        id, username, displayName, orgUnitId, orgUnitPath, locale, active, grants, passwordHash);
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public String orgUnitPath() {
    return orgUnitPath;
  }

  public String locale() {
    return locale;
  }

  public Map<String, Scope> grants() {
    return grants;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return grants.keySet().stream().map(SimpleGrantedAuthority::new).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  List<String> permissionCodes() {
    return List.copyOf(grants.keySet());
  }
}
