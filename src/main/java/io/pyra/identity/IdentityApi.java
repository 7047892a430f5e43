package io.pyra.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of identity: users and org units by id or name. */
@Service
@Transactional(readOnly = true)
public class IdentityApi {

  private final JdbcClient jdbc;

  IdentityApi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserSummary> user(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id, username, display_name, org_unit_id, active from identity_user where id = ?")
        .param(id).query(UserSummary.class).optional();
  }

  public Optional<UserSummary> userByUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select id, username, display_name, org_unit_id, active from identity_user where lower(username) = lower(?)")
        .param(username.strip()).query(UserSummary.class).optional();
  }

  public List<UserSummary> activeUsers() {
    return jdbc.sql("select id, username, display_name, org_unit_id, active from identity_user where active order by display_name, id")
        .query(UserSummary.class).list();
  }

  public Optional<OrgUnitSummary> orgUnit(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id, parent_id, code, name, path from identity_org_unit where id = ?")
        .param(id).query(OrgUnitSummary.class).optional();
  }

  public Optional<OrgUnitSummary> orgUnitByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select id, parent_id, code, name, path from identity_org_unit where upper(code) = upper(?)")
        .param(code.strip()).query(OrgUnitSummary.class).optional();
  }

  /** All org units in tree order. */
  public List<OrgUnitSummary> orgUnits() {
    return jdbc.sql("select id, parent_id, code, name, path from identity_org_unit order by path")
        .query(OrgUnitSummary.class).list();
  }
}
