package io.pyra.identity.security;

import io.pyra.identity.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** One query: the user, their org unit's path, and one row per permission their roles grant. */
  private Optional<PyraPrincipal> load(String condition, Object value) {
    List<PyraPrincipal> found = new ArrayList<>(1);
    Map<String, Scope> grants = new HashMap<>();
    jdbc.sql("""
            select u.id, u.username, u.display_name, u.org_unit_id, o.path, u.locale, u.active, u.password_hash,
                   rp.permission_code, rp.scope
              from identity_user u
              join identity_org_unit o on o.id = u.org_unit_id
              left join identity_user_role ur on ur.user_id = u.id
              left join identity_role_permission rp on rp.role_id = ur.role_id
             where """ + " " + condition)
        .param(value)
        .query(rs -> {
          if (found.isEmpty()) {
            found.add(new PyraPrincipal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getBoolean(7), Map.of(),
                rs.getString(8)));
          }
          String permission = rs.getString(9);
          if (permission != null) {
            grants.merge(permission, Scope.valueOf(rs.getString(10)), Scope::widest);
          }
        });
    return found.stream().findFirst().map(p -> p.withGrants(grants));
  }
}
