package io.pyra.customer;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.SqlTime;
import io.pyra.testing.OrgFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Org units, staff and customers for the list and search tests, in a database other tests share:
 * every code and name is new. Customers are written as rows, already normalized, the way the
 * customer service stores them.
 */
final class FindFixtures {

  static final String PASSWORD = OrgFixtures.PASSWORD;

  private final OrgFixtures org;
  private final JdbcClient jdbc;

  FindFixtures(OrgUnitService orgUnits, UserService users, RoleService roles, JdbcClient jdbc) {
    this.org = new OrgFixtures(orgUnits, users, roles);
    this.jdbc = jdbc;
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  OrgUnit root() {
    return org.root();
  }

  OrgUnit unit(UUID parentId) {
    return org.unit(parentId, OrgUnitKind.BRANCH, OrgFixtures.TIME_ZONE);
  }

  /** A new active user of the unit with the shipped role; returns [id, username]. */
  Staff user(UUID orgUnitId, String roleCode) {
    UserAccount user = org.member(orgUnitId).roles(roleCode).usernameStartingWith("f").create();
    return new Staff(user.id(), user.username());
  }

  record Staff(UUID id, String username) {}

  /**
   * A customer as stored: E.164 phones, lower-case emails, the name key; returns its id and code.
   */
  Created customer(
      String name,
      UUID ownerId,
      UUID orgUnitId,
      LifecycleStage stage,
      UUID sectorId,
      List<String> phones,
      List<String> emails,
      List<String> tags,
      Map<UUID, Object> fieldValues) {
    UUID id = UUID.randomUUID();
    String code = unique("T-");
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id, sector_id, city,
                                           version, created_at, updated_at)
            values (:id, :code, 'PERSON', :name, :key, :stage, :owner, :unit, :sector, 'Shanghai', 0, :now, :now)""")
        .param("id", id)
        .param("code", code)
        .param("name", name)
        .param("key", io.pyra.customer.profile.NameKey.of(name))
        .param("stage", stage.name())
        .param("owner", ownerId)
        .param("unit", orgUnitId)
        .param("sector", sectorId)
        .param("now", SqlTime.utc(now))
        .update();
    for (int i = 0; i < phones.size(); i++) {
      jdbc.sql("insert into customer_phone (customer_id, position, number) values (?, ?, ?)")
          .params(id, i, phones.get(i))
          .update();
    }
    for (int i = 0; i < emails.size(); i++) {
      jdbc.sql("insert into customer_email (customer_id, position, address) values (?, ?, ?)")
          .params(id, i, emails.get(i))
          .update();
    }
    for (String tag : tags) {
      jdbc.sql("insert into customer_tag (customer_id, tag) values (?, ?)")
          .params(id, tag)
          .update();
    }
    fieldValues.forEach(
        (fieldId, value) ->
            jdbc.sql(
                    """
            insert into customer_field_value (customer_id, field_id, position, text_value, number_value, date_value,
                                              bool_value) values (?, ?, 0, ?, ?, ?, ?)""")
                .params(
                    id,
                    fieldId,
                    value instanceof String s ? s : null,
                    value instanceof java.math.BigDecimal n ? n : null,
                    value instanceof java.time.LocalDate d ? d : null,
                    value instanceof Boolean b ? b : null)
                .update());
    return new Created(id, code);
  }

  Created customer(String name, UUID ownerId, UUID orgUnitId) {
    return customer(
        name,
        ownerId,
        orgUnitId,
        LifecycleStage.PROSPECT,
        null,
        List.of(),
        List.of(),
        List.of(),
        Map.of());
  }

  record Created(UUID id, String code) {}

  /**
   * The id of the shipped administrator, who owns customers of tests that need no particular owner.
   */
  UUID admin() {
    return jdbc.sql("select id from identity_user where username = 'admin'")
        .query(UUID.class)
        .single();
  }
}
