package io.pyra.scheduling.calendar;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.Scope;
import io.pyra.identity.Visibility;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The centres and resources the current user may import into, for the import page's choices. */
@Component
public class ImportTargets {

  /** A centre or resource to choose. */
  public record Choice(UUID id, String name) {}

  private static final int MAX = 500;

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  ImportTargets(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /** Whether the whole company's holidays may be imported (resource.manage over every centre). */
  public boolean company() {
    return manage().scope() == Scope.ALL;
  }

  /** The centres (branches) in reach, in tree order (at most 500). */
  public List<Choice> centres() {
    Visibility manage = manage();
    return jdbc
        .sql(
            """
            select id, name, path from identity_org_unit_view where kind = 'BRANCH'
             order by path""")
        .query(
            (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
        .list()
        .stream()
        .filter(
            row ->
                manage.includesUnit(new io.pyra.identity.OrgUnitId((UUID) row[0]), (String) row[2]))
        .map(row -> new Choice((UUID) row[0], (String) row[1]))
        .limit(500)
        .toList();
  }

  /** The active resources of the centres in reach, by code (at most 500). */
  public List<Choice> resources() {
    Visibility manage = manage();
    return jdbc
        .sql(
            """
            select r.id, r.code, r.name, r.org_unit_id, ou.path
              from scheduling_resource r join identity_org_unit_view ou on ou.id = r.org_unit_id
             where r.active order by r.code fetch first 500 rows only""")
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getObject(1, UUID.class),
                  rs.getString(2) + " · " + rs.getString(3),
                  rs.getObject(4, UUID.class),
                  rs.getString(5)
                })
        .list()
        .stream()
        .filter(
            row ->
                manage.includesUnit(new io.pyra.identity.OrgUnitId((UUID) row[2]), (String) row[3]))
        .limit(MAX)
        .map(row -> new Choice((UUID) row[0], (String) row[1]))
        .toList();
  }

  private Visibility manage() {
    return currentUser.visibility(CalendarImports.PERMISSION);
  }
}
