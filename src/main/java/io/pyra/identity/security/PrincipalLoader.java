package io.pyra.identity.security;

import io.pyra.identity.Scope;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.time.OffsetDateTime;
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
    return load(
        PRINCIPAL + "lower(u.username) = lower(?)",
        List.of(username == null ? "" : username.strip()),
        rs -> {});
  }

  Optional<PyraPrincipal> byId(UUID id) {
    return load(PRINCIPAL + "u.id = ?", List.of(id), rs -> {});
  }

  /** A usable (not revoked, not expired) API token, with whose it is. */
  record TokenHolder(
      UUID tokenId,
      OffsetDateTime firstUsedAt,
      OffsetDateTime lastUsedAt,
      PyraPrincipal principal) {}

  /**
   * The principal of a usable API token by the token's SHA-256, in the same single query as a
   * principal by id: every API request authenticates with one round trip to the database.
   */
  Optional<TokenHolder> byTokenHash(String hash, Instant now) {
    OffsetDateTime[] token = new OffsetDateTime[2];
    UUID[] tokenId = new UUID[1];
    return load(
            """
            select u.id, u.username, u.display_name, u.org_unit_id, o.path, u.locale, u.active, u.password_hash,
            """
                + GRANTS
                + """
                   , t.id, t.first_used_at, t.last_used_at
              from identity_api_token t
              join identity_user u on u.id = t.user_id
              join identity_org_unit o on o.id = u.org_unit_id
             where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?""",
            List.of(hash, SqlTime.utc(now)),
            rs -> {
              tokenId[0] = rs.getObject(10, UUID.class);
              token[0] = rs.getObject(11, OffsetDateTime.class);
              token[1] = rs.getObject(12, OffsetDateTime.class);
            })
        .map(p -> new TokenHolder(tokenId[0], token[0], token[1], p));
  }

  /**
   * The permissions the user's roles grant, each with its scope, as one text ({@code
   * customer.read:ALL,order.write:OWN,…}): a principal is one row, not one per permission.
   */
  private static final String GRANTS =
      """
             (select string_agg(rp.permission_code || ':' || rp.scope, ',')
                from identity_user_role ur
                join identity_role_permission rp on rp.role_id = ur.role_id
               where ur.user_id = u.id)
      """;

  /** One query: the user, their org unit's path, and the permissions their roles grant. */
  private static final String PRINCIPAL =
      """
      select u.id, u.username, u.display_name, u.org_unit_id, o.path, u.locale, u.active, u.password_hash,
      """
          + GRANTS
          + """
            from identity_user u
            join identity_org_unit o on o.id = u.org_unit_id
           where\s""";

  private Optional<PyraPrincipal> load(String sql, List<Object> values, ExtraColumns extra) {
    List<PyraPrincipal> found = new ArrayList<>(1);
    Map<String, Scope> grants = new HashMap<>();
    jdbc.sql(sql)
        .params(values)
        .query(
            rs -> {
              extra.read(rs);
              if (found.isEmpty()) {
                found.add(
                    new PyraPrincipal(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        Map.of(),
                        rs.getString(8)));
              }
              String granted = rs.getString(9);
              if (granted != null) {
                for (String grant : granted.split(",")) {
                  int colon = grant.lastIndexOf(':');
                  grants.merge(
                      grant.substring(0, colon),
                      Scope.valueOf(grant.substring(colon + 1)),
                      Scope::widest);
                }
              }
            });
    return found.stream().findFirst().map(p -> p.withGrants(grants));
  }

  private interface ExtraColumns {
    void read(java.sql.ResultSet rs) throws java.sql.SQLException;
  }
}
