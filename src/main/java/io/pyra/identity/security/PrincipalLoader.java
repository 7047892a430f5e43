package io.pyra.identity.security;

import io.pyra.identity.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Reads a user and the widest scope of each permission their roles grant, in two queries. */
@Component
class PrincipalLoader {

  private final JdbcClient jdbc;

  PrincipalLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UserDetails loadUserByUsername(String username) {
    return byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  Optional<PyraPrincipal> byUsername(String username) {
    return load("lower(u.username) = lower(?)", username == null ? "" : username.strip());
  }

  Optional<PyraPrincipal> byId(UUID id) {
    return load("u.id = ?", id);
  }

  private Optional<PyraPrincipal> load(String condition, Object value) {
    record Row(UUID id, String username, String displayName, UUID orgUnitId, String path, String locale,
        boolean active, String passwordHash) {}
    Optional<Row> row = jdbc.sql("""
            select u.id, u.username, u.display_name, u.org_unit_id, o.path, u.locale, u.active, u.password_hash
              from identity_user u join identity_org_unit o on o.id = u.org_unit_id
             where """ + " " + condition)
        .param(value)
        .query(Row.class)
        .optional();
    return row.map(r -> new PyraPrincipal(r.id(), r.username(), r.displayName(), r.orgUnitId(), r.path(),
        r.locale(), r.active(), grants(r.id()), r.passwordHash()));
  }

  private Map<String, Scope> grants(UUID userId) {
    Map<String, Scope> grants = new HashMap<>();
    jdbc.sql("""
            select rp.permission_code, rp.scope
              from identity_user_role ur join identity_role_permission rp on rp.role_id = ur.role_id
             where ur.user_id = ?""")
        .param(userId)
        .query((rs, n) -> {
          grants.merge(rs.getString(1), Scope.valueOf(rs.getString(2)), Scope::widest);
          return null;
        })
        .list();
    return grants;
  }
}
