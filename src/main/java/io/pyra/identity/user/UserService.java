package io.pyra.identity.user;

import io.pyra.identity.CredentialCheck;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff users: who they are, where they sit in the organization, which roles they hold. */
@Service
@Transactional
public class UserService {

  public static final Set<String> LOCALES = Set.of("en", "zh-CN");
  private static final UUID ADMINISTRATOR_ROLE =
      UUID.fromString("00000000-0000-7000-8000-000000000001");

  private final UserAccountRepository users;
  private final PasswordEncoder passwords;
  private final PhoneNumbers phones;
  private final JdbcClient jdbc;
  private final AccessRevocation access;
  private final CredentialCheck credentials;

  UserService(
      UserAccountRepository users,
      PasswordEncoder passwords,
      PhoneNumbers phones,
      JdbcClient jdbc,
      AccessRevocation access,
      CredentialCheck credentials) {
    this.users = users;
    this.passwords = passwords;
    this.phones = phones;
    this.jdbc = jdbc;
    this.access = access;
    this.credentials = credentials;
  }

  @Transactional(readOnly = true)
  public UserAccount get(UUID id) {
    return users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<UserAccount> byUsername(String username) {
    return users.findByUsernameIgnoreCase(username == null ? "" : username.strip());
  }

  @Transactional(readOnly = true)
  public boolean anyUser() {
    return users.count() > 0;
  }

  public UserAccount create(SaveUser command) {
    return create(command, null);
  }

  /**
   * Creates a user whose password is already hashed ({@code passwordHash}; null: hash the command's
   * password): an import of many users hashes one random secret once for all of them.
   */
  public UserAccount create(SaveUser command, String passwordHash) {
    List<RuleViolation> violations = new ArrayList<>();
    String username =
        command.username() == null ? "" : command.username().strip().toLowerCase(Locale.ROOT);
    if (username.isEmpty()) {
      violations.add(new RuleViolation("username", "required", "validation.required", "username"));
    } else if (!username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
      violations.add(new RuleViolation("username", "pattern", "user.username.pattern"));
    } else if (users.findByUsernameIgnoreCase(username).isPresent()) {
      violations.add(new RuleViolation("username", "unique", "user.username.unique", username));
    }
    if (passwordHash == null) {
      PasswordPolicy.check("password", command.password(), username).ifPresent(violations::add);
    }
    UserAccount user = new UserAccount(username, null);
    Details details = validate(command, user, violations);
    throwIfAny(violations);
    user.changePassword(passwordHash != null ? passwordHash : passwords.encode(command.password()));
    apply(user, command, details);
    return users.saveAndFlush(user);
  }

  public UserAccount update(UUID id, SaveUser command) {
    UserAccount user = get(id);
    if (command.version() != null && command.version() != user.version()) {
      throw new StaleVersionException("user", command.version(), user.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    if (command.password() != null && !command.password().isEmpty()) {
      PasswordPolicy.check("password", command.password(), user.username())
          .ifPresent(violations::add);
    }
    Details details = validate(command, user, violations);
    throwIfAny(violations);
    boolean wasActive = user.active();
    boolean wasAdmin = user.active() && user.roleIds().contains(ADMINISTRATOR_ROLE);
    apply(user, command, details);
    boolean reset = command.password() != null && !command.password().isEmpty();
    if (reset) {
      user.changePassword(passwords.encode(command.password()));
    }
    boolean isAdmin = user.active() && user.roleIds().contains(ADMINISTRATOR_ROLE);
    if (wasAdmin && !isAdmin) {
      // Lock the role row so that two administrators removing each other at once are serialized,
      // then count after the flush, so the change itself is seen; the exception rolls it back.
      jdbc.sql("select id from identity_role where id = ? for update")
          .param(ADMINISTRATOR_ROLE)
          .query()
          .listOfRows();
      users.flush();
      if (users.countActiveHolders(ADMINISTRATOR_ROLE) == 0) {
        String field = user.active() ? "roleIds" : "active";
        throw new BusinessRuleException(field, "last-administrator", "user.last-administrator");
      }
    }
    if (wasActive && !user.active()) {
      access.revoke(user, AccessRevocation.Reason.DEACTIVATED, false);
    } else if (reset) {
      // whoever knew the old password may be signed in with it somewhere: that ends here
      access.revoke(user, AccessRevocation.Reason.PASSWORD_RESET, false);
    }
    return user;
  }

  /**
   * The user's own change of password: the current one must be given. Their other page sessions
   * end, and their API tokens too, except those they made themselves if they choose to keep them;
   * the session making the change stays signed in.
   */
  public void changeOwnPassword(
      UUID id, String current, String replacement, boolean keepPersonalTokens) {
    UserAccount user = get(id);
    List<RuleViolation> violations = new ArrayList<>();
    // through the sign-in throttle: a stolen session or token must not be a way to guess the
    // password
    CredentialCheck.Result check =
        current == null || current.length() > 200
            ? null
            : credentials.confirm(user.username(), current, "account.password");
    if (check != null && check.refusal() == CredentialCheck.Refusal.THROTTLED) {
      violations.add(
          new RuleViolation(
              "currentPassword",
              "throttled",
              "user.password.current-throttled",
              check.minutesLeft()));
    } else if (check == null || !check.confirmed()) {
      violations.add(
          new RuleViolation("currentPassword", "matches", "user.password.current-wrong"));
    }
    PasswordPolicy.check("newPassword", replacement, user.username()).ifPresent(violations::add);
    throwIfAny(violations);
    user.changePassword(passwords.encode(replacement));
    access.revoke(user, AccessRevocation.Reason.PASSWORD_CHANGED, keepPersonalTokens);
  }

  public void preferLocale(UUID id, String locale) {
    if (!LOCALES.contains(locale)) {
      throw new BusinessRuleException("locale", "one-of", "user.locale.unknown", locale);
    }
    get(id).preferLocale(locale);
  }

  public void chooseEmailReminders(UUID id, boolean emailReminders) {
    UserAccount user = get(id);
    if (user.emailReminders() != emailReminders) {
      user.chooseEmailReminders(emailReminders);
    }
  }

  private record Details(String email, String phone) {}

  private Details validate(SaveUser command, UserAccount user, List<RuleViolation> violations) {
    if (command.displayName() == null || command.displayName().isBlank()) {
      violations.add(
          new RuleViolation("displayName", "required", "validation.required", "displayName"));
    } else if (command.displayName().strip().length() > 200) {
      violations.add(
          new RuleViolation("displayName", "size", "validation.size", "displayName", 1, 200));
    }
    String email = null;
    if (command.email() == null || command.email().isBlank()) {
      violations.add(new RuleViolation("email", "required", "validation.required", "email"));
    } else {
      email = EmailAddress.parse(command.email()).map(EmailAddress::value).orElse(null);
      if (email == null) {
        violations.add(
            new RuleViolation("email", "email", "validation.email", command.email().strip()));
      } else {
        String normalized = email;
        users
            .findByEmailIgnoreCase(email)
            .filter(other -> !other.id().equals(user.id()))
            .ifPresent(
                other ->
                    violations.add(
                        new RuleViolation("email", "unique", "user.email.unique", normalized)));
      }
    }
    String phone = null;
    if (command.phone() != null && !command.phone().isBlank()) {
      phone = phones.toE164(command.phone()).orElse(null);
      if (phone == null) {
        violations.add(
            new RuleViolation("phone", "phone", "validation.phone", command.phone().strip()));
      }
    }
    if (command.orgUnitId() == null) {
      violations.add(
          new RuleViolation("orgUnitId", "required", "validation.required", "orgUnitId"));
    } else if (!exists(
        "select count(*) from identity_org_unit where id = ?", command.orgUnitId())) {
      violations.add(new RuleViolation("orgUnitId", "exists", "user.orgunit.unknown"));
    }
    if (command.supervisorId() != null) {
      if (command.supervisorId().equals(user.id())) {
        violations.add(new RuleViolation("supervisorId", "not-self", "user.supervisor.self"));
      } else if (!exists(
          "select count(*) from identity_user where id = ?", command.supervisorId())) {
        violations.add(new RuleViolation("supervisorId", "exists", "user.supervisor.unknown"));
      }
    }
    if (command.locale() != null && !LOCALES.contains(command.locale())) {
      violations.add(
          new RuleViolation("locale", "one-of", "user.locale.unknown", command.locale()));
    }
    if (command.roleIds() != null) {
      for (UUID roleId : command.roleIds()) {
        if (!exists("select count(*) from identity_role where id = ?", roleId)) {
          violations.add(new RuleViolation("roleIds", "exists", "user.role.unknown", roleId));
        }
      }
    }
    return new Details(email, phone);
  }

  private void apply(UserAccount user, SaveUser command, Details details) {
    user.describe(
        command.displayName().strip(),
        details.email(),
        details.phone(),
        command.orgUnitId(),
        command.supervisorId(),
        command.locale() == null ? user.locale() : command.locale());
    if (command.roleIds() != null) {
      user.assignRoles(command.roleIds());
    }
    if (command.active() != null) {
      user.activate(command.active());
    }
  }

  private boolean exists(String countById, UUID id) {
    return jdbc.sql(countById).param(id).query(Long.class).single() > 0;
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
