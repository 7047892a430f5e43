package io.pyra.identity.user;

import io.pyra.platform.error.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** What a password must be: long enough, and not the username. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  /**
   * BCrypt reads at most 72 bytes of a password (Spring Security refuses more rather than cut it).
   */
  static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  static Optional<RuleViolation> check(String field, String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of(new RuleViolation(field, "size", "user.password.too-short", MIN_LENGTH));
    }
    if (password.length() > 200) {
      return Optional.of(
          new RuleViolation(field, "size", "validation.size", field, MIN_LENGTH, 200));
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of(new RuleViolation(field, "size", "user.password.too-long", MAX_BYTES));
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          new RuleViolation(field, "not-username", "user.password.contains-username"));
    }
    return Optional.empty();
  }
}
