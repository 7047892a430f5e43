package io.pyra.identity;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserService;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no user at all): the company's root org unit and the administrator {@code
 * admin}, with the password from {@code PYRA_ADMIN_PASSWORD} or a generated one that is logged this
 * once.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserService users;
  private final OrgUnitService orgUnits;
  private final RoleService roles;
  private final TransactionTemplate transaction;
  private final String adminPassword;
  private final String timeZone;

  FirstStart(
      UserService users,
      OrgUnitService orgUnits,
      RoleService roles,
      TransactionTemplate transaction,
      @Value("${pyra.admin.password:}") String adminPassword,
      @Value("${pyra.time-zone:UTC}") String timeZone) {
    this.users = users;
    this.orgUnits = orgUnits;
    this.roles = roles;
    this.transaction = transaction;
    this.adminPassword = adminPassword;
    this.timeZone = timeZone;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.anyUser()) {
      return;
    }
    boolean generated = adminPassword == null || adminPassword.isBlank();
    String password = generated ? generate() : adminPassword;
    if (password.length() < 10 || password.toLowerCase(java.util.Locale.ROOT).contains("admin")) {
      throw new IllegalStateException(
          "PYRA_ADMIN_PASSWORD is too weak: it must be at least 10 characters long and must not contain 'admin'");
    }
    try {
      transaction.executeWithoutResult(status -> createAdministrator(password));
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      if (users.anyUser()) {
        log.info("First start: another node created the administrator at the same time");
        return;
      }
      throw e;
    }
    if (generated) {
      log.warn(
          "First start: created the administrator 'admin' with the generated password {} "
              + "(shown this once; set PYRA_ADMIN_PASSWORD to choose it)",
          password);
    } else {
      log.info(
          "First start: created the administrator 'admin' with the password from PYRA_ADMIN_PASSWORD");
    }
  }

  private void createAdministrator(String password) {
    OrgUnit root =
        orgUnits.isEmpty()
            ? orgUnits.create(
                new SaveOrgUnit(null, OrgUnitKind.COMPANY, "HQ", "Head office", timeZone, null))
            : orgUnits.tree().get(0);
    Role administrator = roles.byCode(Role.ADMINISTRATOR);
    users.create(
        new SaveUser(
            "admin",
            "Administrator",
            "admin@pyra.local",
            null,
            root.id(),
            null,
            "en",
            Set.of(administrator.id()),
            true,
            password,
            null));
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
