package io.pyra.identity.demo;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo training company's organization ({@code ./pyra run --demo}): head office, three centres
 * with a sales and a service team each, and one user for every shipped role. Loaded once, into a
 * database that has no org unit but the root; the passwords are printed.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class IdentityDemo implements ApplicationRunner {

  static final String PASSWORD = "Pyra-Demo-2026";
  private static final Logger log = LoggerFactory.getLogger(IdentityDemo.class);

  private static final String[][] CENTRES = {
    {"BJ", "Beijing Haidian Centre", "Asia/Shanghai"},
    {"SH", "Shanghai Pudong Centre", "Asia/Shanghai"},
    {"HK", "Hong Kong Central Centre", "Asia/Hong_Kong"}
  };

  private final OrgUnitService orgUnits;
  private final UserService users;
  private final RoleService roles;
  private final TransactionTemplate transaction;

  IdentityDemo(
      OrgUnitService orgUnits,
      UserService users,
      RoleService roles,
      TransactionTemplate transaction) {
    this.orgUnits = orgUnits;
    this.users = users;
    this.roles = roles;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (orgUnits.tree().size() > 1) {
      log.info("Demo: the organization is already there, nothing loaded");
      return;
    }
    List<String> created = transaction.execute(status -> load());
    log.warn(
        "Demo company loaded. Users (password '{}' for all): {}",
        PASSWORD,
        String.join(", ", created));
  }

  private List<String> load() {
    OrgUnit root = orgUnits.tree().get(0);
    List<OrgUnit> teams = new ArrayList<>();
    List<OrgUnit> centres = new ArrayList<>();
    for (String[] centre : CENTRES) {
      OrgUnit unit =
          orgUnits.create(
              new SaveOrgUnit(
                  root.id(), OrgUnitKind.BRANCH, centre[0], centre[1], centre[2], null));
      centres.add(unit);
      teams.add(
          orgUnits.create(
              new SaveOrgUnit(
                  unit.id(),
                  OrgUnitKind.TEAM,
                  centre[0] + "-SALES",
                  centre[1] + " sales team",
                  centre[2],
                  null)));
      teams.add(
          orgUnits.create(
              new SaveOrgUnit(
                  unit.id(),
                  OrgUnitKind.TEAM,
                  centre[0] + "-SERVICE",
                  centre[1] + " service team",
                  centre[2],
                  null)));
    }
    List<String> created = new ArrayList<>();
    int i = 0;
    for (Role role : roles.list()) {
      if (!role.systemRole() || role.isAdministrator()) {
        continue;
      }
      OrgUnit unit =
          switch (role.code()) {
            case "MANAGEMENT", "MARKETING", "FINANCE" -> root;
            case "CENTRE_PRINCIPAL" -> centres.get(0);
            case "COURSE_CONSULTANT", "CALL_CENTRE_AGENT" -> teams.get(0);
            default -> teams.get(1 + (i % 2) * 2);
          };
      String username = role.code().toLowerCase(Locale.ROOT).replace('_', '.');
      users.create(
          new SaveUser(
              username,
              role.name() + " (demo)",
              username + "@demo.pyra.local",
              null,
              unit.id(),
              null,
              i % 2 == 0 ? "zh-CN" : "en",
              Set.of(role.id()),
              true,
              PASSWORD,
              null));
      created.add(username);
      i++;
    }
    for (int n = 2; n <= 6; n++) {
      String username = "consultant" + n;
      users.create(
          new SaveUser(
              username,
              "Consultant " + n + " (demo)",
              username + "@demo.pyra.local",
              null,
              teams.get((n % 3) * 2).id(),
              null,
              "zh-CN",
              Set.of(roles.byCode("COURSE_CONSULTANT").id()),
              true,
              PASSWORD,
              null));
      created.add(username);
    }
    return created;
  }
}
