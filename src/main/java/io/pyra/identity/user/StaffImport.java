package io.pyra.identity.user;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Org units and users that an import of another module names (a sales team file: regional offices,
 * managers and agents), created with the same rules as the pages; existing ones are left as they
 * are, so importing the same file again changes nothing.
 */
@Component
public class StaffImport {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OrgUnitService orgUnits;
  private final UserService users;
  private final RoleService roles;
  private final PasswordEncoder passwords;
  private volatile String lockedHash;

  StaffImport(
      OrgUnitService orgUnits, UserService users, RoleService roles, PasswordEncoder passwords) {
    this.orgUnits = orgUnits;
    this.users = users;
    this.roles = roles;
    this.passwords = passwords;
  }

  /**
   * The hash of a random secret that is forgotten at once: no password matches it, and hashing it
   * once spares a slow hash per imported user.
   */
  private String lockedHash() {
    String hash = lockedHash;
    if (hash == null) {
      byte[] secret = new byte[24];
      RANDOM.nextBytes(secret);
      hash = passwords.encode(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
      lockedHash = hash;
    }
    return hash;
  }

  /** The unit with this code, or a new branch of that code and name under the root. */
  @Transactional
  public UUID branch(String code, String name) {
    String normalized = code.strip().toUpperCase(Locale.ROOT);
    Optional<OrgUnit> found =
        orgUnits.tree().stream().filter(u -> u.code().equalsIgnoreCase(normalized)).findFirst();
    if (found.isPresent()) {
      return found.get().id();
    }
    OrgUnit root = orgUnits.tree().getFirst();
    return orgUnits
        .create(
            new SaveOrgUnit(
                root.id(),
                OrgUnitKind.BRANCH,
                normalized,
                name.strip(),
                root.timeZone().getId(),
                null))
        .id();
  }

  /**
   * The user with this username, or a new one in the unit with the role, reporting to the
   * supervisor, with a password no one knows (an administrator sets one to let them sign in).
   */
  @Transactional
  public UUID user(
      String username, String displayName, UUID orgUnitId, String roleCode, UUID supervisorId) {
    Optional<UserAccount> found = users.byUsername(username);
    if (found.isPresent()) {
      return found.get().id();
    }
    return users
        .create(
            new SaveUser(
                username,
                displayName,
                username + "@import.pyra.local",
                null,
                orgUnitId,
                supervisorId,
                "en",
                Set.of(roles.byCode(roleCode).id()),
                true,
                null,
                null),
            lockedHash())
        .id();
  }
}
